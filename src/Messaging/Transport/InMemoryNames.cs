using System;

namespace Messaging.Transport;

/// <summary>
/// The names and addresses of handler queues on MassTransit's in-memory transport, which cannot carry characters
/// outside ASCII in a queue name as given: such a queue is named as its address carries it, percent-encoded UTF-8
/// (<c>größe</c> → <c>gr%C3%B6%C3%9Fe</c>). ASCII names are left as they are.
/// </summary>
/// <remarks>
/// MassTransit 8.5's in-memory transport binds a receive endpoint's queue under the name of its input address
/// (<c>Uri.AbsolutePath</c>, percent-encoded) but reads the queue under the name it was given, so with a non-ASCII name
/// the endpoint reads a queue nothing is bound to and receives nothing. It also turns a <c>queue:</c> address into a
/// <c>loopback:</c> one and back, decoding the name once on the way, so an address of such a queue must carry the
/// encoded name encoded once more. RabbitMQ takes UTF-8 names as they are and needs none of this.
/// </remarks>
internal static class InMemoryNames
{
    /// <summary>The name the in-memory receive endpoint of <paramref name="queue"/> gets.</summary>
    public static string QueueName(string queue) => IsAscii(queue) ? queue : new Uri("queue:" + queue).AbsolutePath;

    /// <summary>The short address (<c>queue:…</c>) that reaches <paramref name="queue"/> on the in-memory transport.</summary>
    public static Uri QueueAddress(string queue) =>
        new("queue:" + (IsAscii(queue) ? queue : QueueName(queue).Replace("%", "%25", StringComparison.Ordinal)));

    /// <summary>Whether <paramref name="name"/> needs no encoding.</summary>
    public static bool IsAscii(string name)
    {
        foreach (var c in name)
        {
            if (c > '\u007f')
            {
                return false;
            }
        }

        return true;
    }
}
