namespace Messaging.Generators.Model;

/// <summary>A constructor or handler parameter resolved from the consume scope's services.</summary>
/// <remarks>Specs flow through the incremental pipeline and are compared for caching: this record must stay immutable and value-equal.</remarks>
internal sealed record ServiceSpec
{
    /// <summary>The service type, fully qualified with <c>global::</c>, without a top-level nullable annotation.</summary>
    public required string Type { get; init; }

    /// <summary>Whether the parameter is a nullable reference (<c>IClock?</c>): resolved with <c>GetService</c>, null when not registered.</summary>
    public required bool IsOptional { get; init; }

    /// <summary>For a <c>[FromKeyedServices(key)]</c> parameter, the key as a C# expression (<c>"eu"</c>, <c>(global::N.Region)1</c>); otherwise <see langword="null"/>.</summary>
    public string? Key { get; init; }
}
