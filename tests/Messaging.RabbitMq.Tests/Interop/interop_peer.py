#!/usr/bin/python3
"""The Python side of the RabbitMQ interop tests (tests/Messaging.RabbitMq.Tests/Interop).

It uses samples/python/messaging_wire.py, copied next to it at build time, exactly as a Python team would: the
tests therefore check the sample as well as the wire contract. Every value below is also written, typed, in
EverythingValues.cs; the two must agree.

  produce  --url U --exchange X [--routing-key K]     publish Everything, built from Python values
  poison   --url U --exchange X --body-hex H          publish a body as given, with Everything's headers
  consume  --url U --exchange X --queue Q --count N   bind Q to X, print "ready", then describe N messages as JSON
  request  --url U --queue Q                          send an EverythingQuery to queue Q and print the response
  serve    --url U --queue Q                          answer one EverythingQuery arriving on Q (via its exchange Q)

Exit code 3: pika or msgpack is not importable (the C# side turns that into a failing test with the message).
"""

import argparse
import datetime
import decimal
import enum
import json
import os
import struct
import sys
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

try:
    import msgpack  # noqa: F401  (imported by messaging_wire; checked here for a clear message)
    import pika
    import messaging_wire as wire
except ImportError as error:
    sys.stderr.write(
        f"The Python packages pika and msgpack must be importable by {sys.executable} ({error}). "
        "Install them with 'apt-get install python3-pika python3-msgpack'; CI installs them before the tests.\n")
    sys.exit(3)

NAMESPACE = "Messaging.RabbitMq.Tests.Interop.Contracts"
EVERYTHING = wire.message_urn(NAMESPACE, "Everything")
EVERYTHING_QUERY = wire.message_urn(NAMESPACE, "EverythingQuery")
EVERYTHING_ANSWER = wire.message_urn(NAMESPACE, "EverythingAnswer")


class Priority(enum.IntEnum):
    LOW = 1
    HIGH = 2
    URGENT = 300


def everything():
    """The fields of Everything, in key order, as Python values (see EverythingValues.FromPython in C#)."""
    part = lambda name, price, sizes: [name, decimal.Decimal(price), sizes]  # noqa: E731
    return [
        "Grüße, 世界 😀",                                                   # Text
        True,                                                              # Flag
        200,                                                               # Level
        -100,                                                              # Delta
        -30000,                                                            # Temperature
        60000,                                                             # Port
        -2_000_000_000,                                                    # Balance
        4_000_000_000,                                                     # Population
        -9_000_000_000_000,                                                # Distance
        2**64 - 1,                                                         # Checksum
        0.1,                                                               # Ratio
        1.5,                                                               # Weight
        decimal.Decimal("12345.670"),                                      # Amount
        uuid.UUID("6f9619ff-8b86-d011-b42d-00cf4fc964ff"),                 # Id
        datetime.datetime(2026, 11, 21, 9, 30, 15, 123456, datetime.timezone.utc),              # At
        datetime.datetime(1969, 7, 20, 20, 17, 40, tzinfo=datetime.timezone(datetime.timedelta(hours=2))),  # Offset
        datetime.timedelta(hours=1, minutes=2, seconds=3, microseconds=4),  # Duration
        Priority.URGENT,                                                   # Priority
        None,                                                              # MissingNumber
        7,                                                                 # PresentNumber
        None,                                                              # MissingText
        ["red", "", "blue"],                                               # Tags
        [1, -1, 65536, -2**31],                                             # Numbers
        {"apples": 3, "pears": -4},                                        # Counts
        {1: "one", 1000: "thousand"},                                      # Names
        part("child", "0.5", [1, 2]),                                      # Child
        [part("a", "1", []), part("b", "99.99", [3])],                     # Parts
        None,                                                              # MissingChild
        bytes([0, 1, 2, 254, 255]),                                        # Blob
    ]


def connect(url):
    connection = pika.BlockingConnection(pika.URLParameters(url))
    channel = connection.channel()
    channel.confirm_delivery()
    return connection, channel


def produce(args):
    connection, channel = connect(args.url)
    message_id = wire.publish(channel, args.exchange, EVERYTHING, everything(), routing_key=args.routing_key)
    connection.close()
    print(json.dumps({"messageId": message_id}))


def traced(args):
    """Publishes Traced(id) in the trace args.traceparent names."""
    connection, channel = connect(args.url)
    message_type = wire.message_urn("Messaging.RabbitMq.Tests.Contracts", "Traced")
    message_id = wire.publish(channel, args.exchange, message_type, [args.id], traceparent=args.traceparent)
    connection.close()
    print(json.dumps({"messageId": message_id}))


def poison(args):
    connection, channel = connect(args.url)
    props = wire.properties(EVERYTHING)
    channel.basic_publish(args.exchange, args.routing_key, bytes.fromhex(args.body_hex), props, mandatory=True)
    connection.close()
    print(json.dumps({"messageId": props.message_id}))


def describe(value):
    """A JSON description of a decoded value: [python type, value]; exact for every type the contract uses."""
    if value is None:
        return ["None", None]
    if isinstance(value, enum.Enum):  # before int: an IntEnum is an int
        return [type(value).__name__, value.name]
    if isinstance(value, bool):
        return ["bool", value]
    if isinstance(value, int):
        return ["int", str(value)]  # text: JSON numbers lose 64-bit precision in some readers
    if isinstance(value, float):
        return ["float", struct.pack(">d", value).hex()]  # the IEEE 754 bits, big-endian
    if isinstance(value, str):
        return ["str", value]
    if isinstance(value, bytes):
        return ["bytes", value.hex()]
    if isinstance(value, datetime.datetime):
        return ["datetime", value.isoformat()]
    if isinstance(value, decimal.Decimal):
        return ["Decimal", str(value)]
    if isinstance(value, uuid.UUID):
        return ["UUID", str(value)]
    if isinstance(value, datetime.timedelta):
        return ["timedelta", [value.days, value.seconds, value.microseconds]]
    if isinstance(value, list):
        return ["list", [describe(item) for item in value]]
    if isinstance(value, dict):
        return ["dict", [[describe(k), describe(v)] for k, v in value.items()]]
    raise TypeError(f"cannot describe {type(value).__name__}")


def read_part(fields):
    if fields is None:
        return None
    name, price, sizes = fields[:3]
    return {"Name": name, "Price": wire.as_decimal(price), "Sizes": sizes}


def read_everything(fields):
    """Everything as a Python consumer reads it: each field converted to its natural Python type."""
    names = ["Text", "Flag", "Level", "Delta", "Temperature", "Port", "Balance", "Population", "Distance", "Checksum", "Ratio",
             "Weight", "Amount", "Id", "At", "Offset", "Duration", "Priority", "MissingNumber", "PresentNumber",
             "MissingText", "Tags", "Numbers", "Counts", "Names", "Child", "Parts", "MissingChild", "Blob"]
    if len(fields) < len(names):
        raise wire.WireError(f"Everything has {len(names)} fields, the body has {len(fields)}")
    message = dict(zip(names, fields))
    message["Amount"] = wire.as_decimal(message["Amount"])
    message["Id"] = wire.as_uuid(message["Id"])
    message["Duration"] = wire.as_timedelta(message["Duration"])
    message["Priority"] = Priority(message["Priority"])
    message["Child"] = read_part(message["Child"])
    message["Parts"] = [read_part(p) for p in message["Parts"]]
    message["MissingChild"] = read_part(message["MissingChild"])
    return message


def consume(args):
    connection = pika.BlockingConnection(pika.URLParameters(args.url))
    channel = connection.channel()
    channel.queue_declare(args.queue, exclusive=True)
    channel.queue_bind(args.queue, args.exchange, routing_key=args.binding)
    print("ready", flush=True)
    out = []
    for method, properties, body in channel.consume(args.queue, inactivity_timeout=60):
        if method is None:
            sys.stderr.write(f"no message on {args.queue} within 60 s ({len(out)} of {args.count} received)\n")
            return 1
        message = wire.read(properties, body)
        fields = read_everything(message.fields) if message.message_type == EVERYTHING else message.fields
        out.append({
            "messageType": message.message_type,
            "contentType": properties.content_type,
            "messageId": message.message_id,
            "sentTime": message.sent_time,
            "fields": {k: describe(v) for k, v in fields.items()} if isinstance(fields, dict) else describe(fields),
        })
        channel.basic_ack(method.delivery_tag)
        if len(out) == args.count:
            break
    channel.cancel()
    connection.close()
    print(json.dumps(out), flush=True)
    return 0


def request(args):
    """Sends a request to a .NET handler and waits for its response, as a Python requester does."""
    connection, channel = connect(args.url)
    # The reply queue and its exchange, declared the way MassTransit declares a temporary endpoint, so the
    # responder's own declaration of the exchange (from the response address) matches.
    reply = f"python-replies-{uuid.uuid4().hex}"
    channel.exchange_declare(reply, "fanout", durable=False, auto_delete=True)
    channel.queue_declare(reply, durable=False, auto_delete=True, exclusive=True)
    channel.queue_bind(reply, reply)
    vhost = pika.URLParameters(args.url).virtual_host
    host = pika.URLParameters(args.url).host
    address = f"rabbitmq://{host}/{'' if vhost == '/' else vhost + '/'}{reply}?temporary=true"
    request_id = str(uuid.uuid4())
    wire.publish(channel, args.queue, EVERYTHING_QUERY, [args.text], headers={
        wire.REQUEST_ID_HEADER: request_id,
        wire.RESPONSE_ADDRESS_HEADER: address,
    })
    for method, properties, body in channel.consume(reply, inactivity_timeout=60):
        if method is None:
            sys.stderr.write(f"no response on {reply} within 60 s\n")
            return 1
        channel.basic_ack(method.delivery_tag)
        message = wire.read(properties, body)
        print(json.dumps({"messageType": message.message_type, "requestId": message.request_id,
                          "expectedRequestId": request_id, "fields": describe(message.fields)}), flush=True)
        break
    connection.close()
    return 0


def serve(args):
    """Answers one request from a .NET IRequestClient, as a Python responder does."""
    connection, channel = connect(args.url)
    # A queue with an exchange of the same name, declared as MassTransit declares an exchange it sends to.
    channel.exchange_declare(args.queue, "fanout", durable=True)
    channel.queue_declare(args.queue, durable=True)
    channel.queue_bind(args.queue, args.queue)
    print("ready", flush=True)
    for method, properties, body in channel.consume(args.queue, inactivity_timeout=60):
        if method is None:
            sys.stderr.write(f"no request on {args.queue} within 60 s\n")
            return 1
        request = wire.read(properties, body)
        (text,) = request.fields[:1]
        wire.respond(channel, request, EVERYTHING_ANSWER, [f"python: {text}", len(text), uuid.UUID(args.text)])
        channel.basic_ack(method.delivery_tag)
        print(json.dumps({"messageType": request.message_type, "requestId": request.request_id,
                          "responseAddress": request.response_address}), flush=True)
        break
    connection.close()
    return 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("command", choices=["produce", "traced", "poison", "consume", "request", "serve"])
    parser.add_argument("--url", required=True)
    parser.add_argument("--exchange", default="")
    parser.add_argument("--routing-key", default="")
    parser.add_argument("--binding", default="#")
    parser.add_argument("--queue", default="")
    parser.add_argument("--count", type=int, default=1)
    parser.add_argument("--body-hex", default="")
    parser.add_argument("--text", default="")
    parser.add_argument("--id", default="")
    parser.add_argument("--traceparent", default=None)
    args = parser.parse_args()
    commands = {"produce": produce, "traced": traced, "poison": poison, "consume": consume, "request": request, "serve": serve}
    return commands[args.command](args) or 0


if __name__ == "__main__":
    sys.exit(main())
