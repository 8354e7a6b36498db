using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using MassTransit;

namespace Messaging.Transport;

/// <summary>
/// The message metadata of a raw MessagePack message, read from its transport headers (see
/// <see cref="MessagePackHeaders"/>).
/// </summary>
/// <remarks>
/// <see cref="SentTime"/> comes from the <c>SentTime</c> header, else the transport's own timestamp, else the
/// timestamp inside a MassTransit <c>NewId</c> message id (where a sender leaves it when it is the same). <see cref="ExpirationTime"/> is unknown (the time to live
/// travels as the transport's TTL). <see cref="DestinationAddress"/> comes from the <c>DestinationAddress</c> header,
/// else from the delivery when the transport reports it (RabbitMQ: the exchange it was published to), else the queue
/// it was received from (as MassTransit's raw serializers have it). <see cref="Host"/> is
/// <see langword="null"/>: no host header is sent.
/// </remarks>
internal sealed class MessagePackMessageContext : MessageContext
{
    private readonly Headers _transportHeaders;
    private readonly TransportMetadata _metadata;
    private readonly Uri? _inputAddress;
    private Guid? _messageId;
    private Guid? _correlationId;
    private Guid? _conversationId;
    private Guid? _requestId;
    private Guid? _initiatorId;
    private Uri? _sourceAddress;
    private Uri? _responseAddress;
    private Uri? _faultAddress;
    private Uri? _destinationAddress;
    private DateTime? _sentTime;
    private Headers? _headers;

    /// <param name="transportHeaders">The message's transport headers.</param>
    /// <param name="metadata">What the transport carries itself, such as the exchange a delivery was published to.</param>
    /// <param name="inputAddress">The queue it was received from: its destination when nothing says otherwise.</param>
    public MessagePackMessageContext(Headers transportHeaders, TransportMetadata metadata, Uri? inputAddress)
    {
        _transportHeaders = transportHeaders;
        _metadata = metadata;
        _inputAddress = inputAddress;
    }

    public Guid? MessageId => _messageId ??= _transportHeaders.GetMessageId();

    public Guid? RequestId => _requestId ??= _transportHeaders.GetRequestId();

    public Guid? CorrelationId => _correlationId ??= _transportHeaders.GetCorrelationId();

    /// <summary>
    /// The conversation the message belongs to; a message that names none (a first message from
    /// <see cref="IMessagePublisher"/> or from a producer in another language) starts one, identified by its own id, so
    /// what its handler publishes carries that conversation on.
    /// </summary>
    public Guid? ConversationId => _conversationId ??= _transportHeaders.GetConversationId() ?? MessageId;

    public Guid? InitiatorId => _initiatorId ??= _transportHeaders.GetInitiatorId();

    public DateTime? ExpirationTime => null;

    public Uri? SourceAddress => _sourceAddress ??= _transportHeaders.GetSourceAddress();

    public Uri? DestinationAddress => _destinationAddress ??= MessagePackHeaders.ReadDestinationAddress(_transportHeaders, _metadata, _inputAddress) ?? _inputAddress;

    public Uri? ResponseAddress => _responseAddress ??= _transportHeaders.GetResponseAddress();

    public Uri? FaultAddress => _faultAddress ??= _transportHeaders.GetFaultAddress();

    public DateTime? SentTime => _sentTime ??= MessagePackHeaders.ReadSentTime(_transportHeaders) ?? SentTimeFromMessageId();

    /// <summary>The application's headers: the transport headers without the ones this context already exposes.</summary>
    public Headers Headers => _headers ??= new ApplicationHeaders(_transportHeaders);

    public HostInfo Host => null!;

    // Only a NewId carries a timestamp; a random Guid decodes to nonsense, so only plausible times are taken.
    private DateTime? SentTimeFromMessageId() => MessageId is { } messageId ? MessagePackHeaders.TimeOfMessageId(messageId) : null;

    /// <summary>What MassTransit's raw serializers expose as <c>ConsumeContext.Headers</c>, minus <c>SentTime</c>.</summary>
    private sealed class ApplicationHeaders(Headers transportHeaders) : Headers
    {
        public IEnumerable<KeyValuePair<string, object>> GetAll()
        {
            foreach (var header in transportHeaders.GetAll())
            {
                if (!IsMetadata(header.Key))
                {
                    yield return header;
                }
            }
        }

        public bool TryGetHeader(string key, [NotNullWhen(true)] out object? value) => transportHeaders.TryGetHeader(key, out value);

        public T? Get<T>(string key, T? defaultValue = null)
            where T : class => transportHeaders.Get(key, defaultValue);

        public T? Get<T>(string key, T? defaultValue = null)
            where T : struct => transportHeaders.Get(key, defaultValue);

        public IEnumerator<HeaderValue> GetEnumerator()
        {
            foreach (var header in GetAll())
            {
                yield return new HeaderValue(header.Key, header.Value);
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private static bool IsMetadata(string key) =>
            key.StartsWith("MT-", StringComparison.Ordinal)
            || key is MessageHeaders.MessageId or MessageHeaders.CorrelationId or MessageHeaders.ConversationId
                or MessageHeaders.RequestId or MessagePackHeaders.SentTime or MessagePackHeaders.DestinationAddress;
    }
}
