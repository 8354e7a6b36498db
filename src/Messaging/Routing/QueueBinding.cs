namespace Messaging;

/// <summary>A queue bound to a message's exchange.</summary>
/// <param name="Queue">The queue name.</param>
/// <param name="Pattern">The routing-key binding pattern, or <see langword="null"/> to receive every message.</param>
public sealed record QueueBinding(string Queue, string? Pattern);
