using System;
using System.Globalization;

namespace Messaging.Transport;

/// <summary>
/// The largest message body a transport publishes or handles, and the setting that holds it, for errors that say what to
/// change: a body over it is refused at publish, and one received anyway is moved to the error queue with the reason.
/// </summary>
/// <param name="Bytes">The largest body, in bytes.</param>
/// <param name="Setting">The setting that holds the limit, as a user writes it, e.g. <c>RabbitMqOptions.MaxMessageSize</c>.</param>
internal sealed record MessageSizeLimit(long Bytes, string Setting)
{
    /// <summary>Throws when a body of <paramref name="size"/> bytes about to be published is over the limit.</summary>
    /// <exception cref="InvalidOperationException">The body is over the limit.</exception>
    public void CheckPublish(string messageType, long size)
    {
        if (size > Bytes)
        {
            throw new InvalidOperationException(
                $"{messageType} is {Format(size)} serialized, over the maximum message size of {Format(Bytes)} ({Setting}); it was not published. " +
                "Send large payloads by reference (store them elsewhere and publish where to find them), or raise the limit together " +
                "with the broker's max_message_size.");
        }
    }

    /// <summary>The reason a received body of <paramref name="size"/> bytes is not handled, or null when it is within the limit.</summary>
    public string? ReceiveViolation(string messageTypes, long size) =>
        size > Bytes
            ? $"The message ({messageTypes}) is {Format(size)}, over the maximum message size of {Format(Bytes)} ({Setting}) that this service handles; " +
              "it was not read. Its producer must send it smaller, or raise the limit here."
            : null;

    private static string Format(long bytes) => bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes ({bytes / (1024 * 1024)} MiB)")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes");
}
