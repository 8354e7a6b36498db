namespace Messaging.Generators.Model;

/// <summary>The per-assembly registration file: routes, handler classes and consumers, each in ordinal order.</summary>
/// <remarks>Specs flow through the incremental pipeline and are compared for caching: this record must stay immutable and value-equal.</remarks>
internal sealed record RegistrationSpec
{
    /// <summary>The assembly name as written, the stem of the hint name.</summary>
    public required string AssemblyName { get; init; }

    /// <summary>The generated extension class: <c>ShopBillingMessagingBuilderExtensions</c>.</summary>
    public required string ClassName { get; init; }

    /// <summary>The generated extension method: <c>AddShopBilling</c>.</summary>
    public required string MethodName { get; init; }

    /// <summary>One route per message class declared or handled here, by message type.</summary>
    public required EquatableArray<RouteRegistrationSpec> Routes { get; init; }

    /// <summary>The classes with instance handlers, by type.</summary>
    public required EquatableArray<HandlerClassSpec> HandlerClasses { get; init; }

    /// <summary>One consumer per handler method, by consumer name.</summary>
    public required EquatableArray<ConsumerRegistrationSpec> Consumers { get; init; }
}
