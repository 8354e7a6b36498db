using System;
using System.Collections;
using System.Collections.Generic;
using System.Text;
using RabbitMQ.Client;

namespace Messaging.Benchmarks.RabbitMq;

/// <summary>
/// What one message costs on the wire in AMQP 0-9-1, computed from a delivery the broker handed back: the
/// <c>basic.publish</c> method frame, the content header frame (properties and the headers table) and the body frame,
/// each with its 8 bytes of framing. Counted per the specification's encodings, for the field types that occur here.
/// </summary>
internal static class AmqpWireSize
{
    private const int FrameOverhead = 7 + 1; // type, channel, size; frame-end octet

    public static (int Body, int Properties, int Total) Measure(string exchange, string routingKey, IReadOnlyBasicProperties properties, int bodyLength)
    {
        // class id, method id, reserved short, exchange, routing key, mandatory/immediate bits.
        var method = 4 + 2 + ShortString(exchange) + ShortString(routingKey) + 1;
        var props = PropertyList(properties);
        // class id, weight, body size, property flags, then the properties.
        var header = 2 + 2 + 8 + 2 + props;
        return (bodyLength, props, method + header + bodyLength + 3 * FrameOverhead);
    }

    private static int PropertyList(IReadOnlyBasicProperties p)
    {
        var size = 0;
        size += p.IsContentTypePresent() ? ShortString(p.ContentType!) : 0;
        size += p.IsContentEncodingPresent() ? ShortString(p.ContentEncoding!) : 0;
        size += p.IsHeadersPresent() ? Table(p.Headers!) : 0;
        size += p.IsDeliveryModePresent() ? 1 : 0;
        size += p.IsPriorityPresent() ? 1 : 0;
        size += p.IsCorrelationIdPresent() ? ShortString(p.CorrelationId!) : 0;
        size += p.IsReplyToPresent() ? ShortString(p.ReplyTo!) : 0;
        size += p.IsExpirationPresent() ? ShortString(p.Expiration!) : 0;
        size += p.IsMessageIdPresent() ? ShortString(p.MessageId!) : 0;
        size += p.IsTimestampPresent() ? 8 : 0;
        size += p.IsTypePresent() ? ShortString(p.Type!) : 0;
        size += p.IsUserIdPresent() ? ShortString(p.UserId!) : 0;
        size += p.IsAppIdPresent() ? ShortString(p.AppId!) : 0;
        size += p.IsClusterIdPresent() ? ShortString(p.ClusterId!) : 0;
        return size;
    }

    private static int ShortString(string value) => 1 + Encoding.UTF8.GetByteCount(value);

    private static int Table(IDictionary<string, object?> table)
    {
        var size = 4;
        foreach (var (key, value) in table)
        {
            size += ShortString(key) + 1 + Value(value);
        }

        return size;
    }

    private static int Value(object? value) => value switch
    {
        null => 0,
        bool => 1,
        byte or sbyte => 1,
        short or ushort => 2,
        int or uint or float => 4,
        long or ulong or double or AmqpTimestamp => 8,
        decimal => 5,
        string text => 4 + Encoding.UTF8.GetByteCount(text),
        byte[] bytes => 4 + bytes.Length,
        IDictionary<string, object?> nested => Table(nested),
        IList list => Array(list),
        _ => throw new NotSupportedException($"no AMQP size for a header of type {value.GetType().Name}"),
    };

    private static int Array(IList list)
    {
        var size = 4;
        foreach (var item in list)
        {
            size += 1 + Value(item);
        }

        return size;
    }
}
