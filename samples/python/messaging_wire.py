"""The Messaging wire contract in Python: pika + msgpack, nothing else.

Copy this file into a Python service that talks to Messaging (.NET) services over RabbitMQ. It implements
docs/wire-format.md ("Talking to Messaging from Python and other languages over RabbitMQ"):

- a message body is a MessagePack array of the message's fields in key order (declaration order unless [Key(n)]);
- the AMQP content_type is application/msgpack (application/x-msgpack is accepted on receive);
- the MT-MessageType header says which message it is: urn:message:{Namespace}:{TypeName};
- the message id and correlation id are the AMQP message_id and correlation_id properties; the other ids and the sent
  time travel in headers (ConversationId, RequestId, SentTime), all optional for a producer. A message from .NET
  usually has no SentTime header: its message id (a MassTransit NewId) holds the time, see time_in_message_id();
- a message with a [PartitionKey] member carries its value in the Messaging-PartitionKey header.

Type mapping, as msgpack gives it to you after unpack() and as pack() accepts it:

    C#                         on the wire                  Python (unpack)         Python (pack)
    string                     str                          str                     str
    bool                       true/false                   bool                    bool
    sbyte ... ulong, char      int (smallest encoding)      int                     int
    float, double              float32, float64             float                   float
    decimal                    str "12.50"                  str -> as_decimal()     decimal.Decimal or str
    Guid                       str, 36 chars, lower case    str -> as_uuid()        uuid.UUID or str
    DateTime, DateTimeOffset   timestamp extension (-1)     aware datetime (UTC)    aware datetime (naive is refused)
    TimeSpan                   int, ticks of 100 ns         int -> as_timedelta()   datetime.timedelta
    enum                       its integer                  int                     int or enum.Enum
    T? / nullable reference    nil or the value             None or the value       None or the value
    byte[]                     bin                          bytes                   bytes
    lists, arrays              array                        list                    list or tuple
    dictionaries               map                          dict                    dict
    another [Message]          array (nested)               list                    list
"""

import datetime
import decimal
import enum
import urllib.parse
import uuid

import msgpack
import pika

CONTENT_TYPE = "application/msgpack"
"""What Messaging writes, and what a producer should set as the AMQP content_type."""

ACCEPTED_CONTENT_TYPES = ("application/msgpack", "application/x-msgpack")
"""Content types read() accepts."""

MESSAGE_TYPE_HEADER = "MT-MessageType"
REQUEST_ID_HEADER = "RequestId"
RESPONSE_ADDRESS_HEADER = "MT-Response-Address"
FAULT_MESSAGE_HEADER = "MT-Fault-Message"
TRACE_HEADER = "MT-Activity-Id"
"""The W3C traceparent of the trace a message belongs to (00-{trace id}-{span id}-{flags}): .NET writes it while a
tracer listens (OpenTelemetry), and a handler runs in the trace a producer puts here."""
PARTITION_KEY_HEADER = "Messaging-PartitionKey"
"""For a message with a [PartitionKey] member: its value. A partitioned queue's consistent-hash exchange hashes this
header to choose the partition, so messages with the same key are handled in order; without it they all hash alike."""

_TICKS_PER_SECOND = 10_000_000


class WireError(Exception):
    """A message that does not follow the contract: not MessagePack, no message type, not an array."""


def message_urn(namespace, type_name):
    """The MT-MessageType of a .NET message: message_urn("Shop.Contracts", "OrderPlaced")."""
    return f"urn:message:{namespace}:{type_name}"


def _to_wire(value):
    # msgpack calls this for what it cannot pack itself; the mapping follows the table above.
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, decimal.Decimal):
        # Fixed-point text: .NET's decimal parser does not read exponents such as "1E+2".
        return format(value, "f")
    if isinstance(value, datetime.timedelta):
        return (value.days * 86_400 + value.seconds) * _TICKS_PER_SECOND + value.microseconds * 10
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple):
        return list(value)
    raise TypeError(f"cannot put {type(value).__name__} on the wire: {value!r}")


def pack(fields):
    """The MessagePack body of a message whose fields, in key order, are `fields` (a list)."""
    if not isinstance(fields, (list, tuple)):
        raise TypeError("a message is a list of its fields in key order, not " + type(fields).__name__)
    # use_bin_type: bytes travel as bin and text as str; datetime: aware datetimes become the timestamp extension.
    return msgpack.packb(list(fields), use_bin_type=True, datetime=True, default=_to_wire)


def unpack(body):
    """The fields of a MessagePack body: a list, with timestamps as aware UTC datetimes."""
    try:
        # strict_map_key=False: .NET dictionaries may have integer (or other) keys.
        fields = msgpack.unpackb(body, raw=False, timestamp=3, strict_map_key=False)
    except (ValueError, msgpack.ExtraData, msgpack.FormatError, msgpack.StackError) as error:
        raise WireError(f"the body is not one MessagePack value: {error}") from error
    if fields is not None and not isinstance(fields, list):
        raise WireError(f"a message body is a MessagePack array, found {type(fields).__name__}")
    return fields


def sent_time_text(moment=None):
    """A SentTime header value: UTC, ISO 8601 with 7 fractional digits and a Z, as .NET writes it."""
    moment = (moment or datetime.datetime.now(datetime.timezone.utc)).astimezone(datetime.timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%f") + "0Z"


def time_in_message_id(message_id):
    """The sent time inside a .NET message id, as SentTime text, or None when the id holds none.

    .NET message ids are MassTransit NewIds, whose first 64 bits are the sending time in ticks of 100 ns since
    0001-01-01 UTC (where they sit in the GUID text: docs/wire-format.md); .NET leaves out the SentTime header
    when it is that time.
    A random id (uuid4) decodes to a time outside 2000 to tomorrow, which is not taken.
    """
    try:
        digits = uuid.UUID(str(message_id)).hex
    except ValueError:
        return None
    ticks = int(digits[20:28], 16) << 32 | int(digits[28:32] + digits[16:20], 16)
    seconds, fraction = divmod(ticks, 10_000_000)
    try:
        moment = datetime.datetime(1, 1, 1, tzinfo=datetime.timezone.utc) + datetime.timedelta(seconds=seconds)
    except OverflowError:
        return None
    now = datetime.datetime.now(datetime.timezone.utc)
    if not datetime.datetime(2000, 1, 1, tzinfo=datetime.timezone.utc) < moment < now + datetime.timedelta(days=1):
        return None
    return moment.strftime("%Y-%m-%dT%H:%M:%S") + f".{fraction:07d}Z"


def properties(message_type, *, message_id=None, correlation_id=None, partition_key=None, traceparent=None, headers=None):
    """The pika properties of a message: content type, MT-MessageType, message id, sent time, persistent; the
    partition key header for a message with a [PartitionKey] member; the trace it belongs to, when given."""
    message_id = str(message_id or uuid.uuid4())
    # The ids go in the AMQP properties, where .NET reads them; a uuid4 holds no time, so the sent time is a header.
    all_headers = {MESSAGE_TYPE_HEADER: message_type, "SentTime": sent_time_text()}
    if partition_key is not None:
        all_headers[PARTITION_KEY_HEADER] = str(partition_key)
    if traceparent is not None:
        all_headers[TRACE_HEADER] = traceparent
    all_headers.update(headers or {})
    return pika.BasicProperties(
        content_type=CONTENT_TYPE,
        message_id=message_id,
        correlation_id=None if correlation_id is None else str(correlation_id),
        delivery_mode=2,  # persistent: survives a broker restart in a durable queue
        headers=all_headers,
    )


def publish(channel, exchange, message_type, fields, routing_key="", **options):
    """Publishes a message to an exchange: the message's own exchange (its [Message] name) to publish an event,
    or a queue's exchange (the queue name) to send a command. Returns the message id.

    routing_key: the [RoutingKey] member's value, if the message has one. Options: message_id, correlation_id,
    partition_key (the [PartitionKey] member's value, if the message has one), traceparent (the W3C traceparent of the
    trace the message belongs to), headers (more headers).

    On a channel in confirm mode (channel.confirm_delivery()) this returns once the broker has the message, and
    raises pika.exceptions.UnroutableError when no queue is bound to take it.
    """
    props = properties(message_type, **options)
    channel.basic_publish(exchange, routing_key, pack(fields), props, mandatory=True)
    return props.message_id


def header_text(headers, name):
    """A header as text, or None. pika gives a long string as str, or as bytes when it is not valid UTF-8."""
    value = (headers or {}).get(name)
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return None if value is None else str(value)


class Received:
    """A message read off a queue: its type, its fields, and the ids that came with it."""

    def __init__(self, message_type, fields, properties):
        headers = properties.headers or {}
        self.message_type = message_type
        self.fields = fields
        self.message_id = properties.message_id or header_text(headers, "MessageId")
        self.correlation_id = properties.correlation_id or header_text(headers, "CorrelationId")
        self.conversation_id = header_text(headers, "ConversationId")
        self.request_id = header_text(headers, REQUEST_ID_HEADER)
        self.response_address = header_text(headers, RESPONSE_ADDRESS_HEADER)
        self.sent_time = header_text(headers, "SentTime") or time_in_message_id(self.message_id)
        self.traceparent = header_text(headers, TRACE_HEADER)
        self.headers = headers


def read(properties, body):
    """Reads a delivery: checks the content type, takes the message type and unpacks the fields.

    Raises WireError for a body this contract does not describe (MassTransit's JSON envelope, for example).
    """
    content_type = (properties.content_type or "").split(";")[0].strip().lower()
    if content_type not in ACCEPTED_CONTENT_TYPES:
        raise WireError(f"content type {properties.content_type!r} is not MessagePack; expected {CONTENT_TYPE}")
    message_type = header_text(properties.headers, MESSAGE_TYPE_HEADER)
    if not message_type:
        raise WireError(f"the {MESSAGE_TYPE_HEADER} header is missing")
    return Received(message_type, unpack(body), properties)


def response_exchange(response_address):
    """The exchange to publish a response to: the last path segment of MT-Response-Address
    (rabbitmq://host/vhost/bus-abc?temporary=true -> bus-abc)."""
    path = urllib.parse.urlparse(response_address).path
    name = urllib.parse.unquote(path.rstrip("/").rsplit("/", 1)[-1])
    if not name:
        raise WireError(f"no exchange in the response address {response_address!r}")
    return name


def respond(channel, request, message_type, fields):
    """Answers a request from a .NET requester (IRequestClient): publishes to the exchange of its response
    address, with the request's RequestId so the requester matches the answer."""
    if not request.request_id or not request.response_address:
        raise WireError("the message is not a request: it has no RequestId or MT-Response-Address header")
    return publish(
        channel,
        response_exchange(request.response_address),
        message_type,
        fields,
        correlation_id=request.correlation_id,
        headers={REQUEST_ID_HEADER: request.request_id},
    )


def as_uuid(value):
    """A Guid field: the 36-character text Messaging writes (16 bytes of bin are accepted too)."""
    if value is None:
        return None
    return uuid.UUID(bytes=value) if isinstance(value, bytes) else uuid.UUID(value)


def as_decimal(value):
    """A decimal field: Messaging writes text, which keeps the scale ("12.50")."""
    if value is None:
        return None
    return decimal.Decimal(value if isinstance(value, str) else str(value))


def as_timedelta(ticks):
    """A TimeSpan field: ticks of 100 ns."""
    if ticks is None:
        return None
    return datetime.timedelta(microseconds=ticks // 10)
