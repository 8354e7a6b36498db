namespace Messaging.Generators.Model;

/// <summary>One parameter of a handler method, in declaration order.</summary>
/// <remarks>Specs flow through the incremental pipeline and are compared for caching: this record must stay immutable and value-equal.</remarks>
internal sealed record HandlerParameterSpec
{
    /// <summary>What the consumer passes.</summary>
    public required HandlerParameterKind Kind { get; init; }

    /// <summary>For <see cref="HandlerParameterKind.Service"/>, the service; otherwise <see langword="null"/>.</summary>
    public ServiceSpec? Service { get; init; }
}
