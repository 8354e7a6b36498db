namespace Messaging.Generators.Model;

/// <summary>A class with instance handler methods, and how the registration constructs it per consume scope.</summary>
/// <remarks>Specs flow through the incremental pipeline and are compared for caching: this record must stay immutable and value-equal.</remarks>
internal sealed record HandlerClassSpec
{
    /// <summary>The class, fully qualified.</summary>
    public required string Type { get; init; }

    /// <summary>The parameters of its accessible constructor with the most parameters, resolved as services.</summary>
    public required EquatableArray<ServiceSpec> ConstructorParameters { get; init; }
}
