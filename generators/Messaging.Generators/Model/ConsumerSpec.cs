namespace Messaging.Generators.Model;

/// <summary>Everything the emitter needs to write one generated consumer, and nothing more.</summary>
/// <remarks>
/// Specs flow through the incremental pipeline and are compared for caching: this record must stay immutable and
/// value-equal. It leaves out what only the registration needs (queue, retry, the handler class's constructor), so
/// changing a <c>[Handler]</c> or <c>[Retry]</c> setting does not re-emit the consumer.
/// </remarks>
internal sealed record ConsumerSpec
{
    /// <summary>The generated class in <c>Messaging.Generated</c>: <c>Shop_Billing_BillingHandlers_HandleConsumer</c>.</summary>
    public required string ConsumerName { get; init; }

    /// <summary>The hint name: <c>Shop.Billing.BillingHandlers.Handle.Consumer.g.cs</c>.</summary>
    public required string HintName { get; init; }

    /// <summary>The consumed message type, fully qualified, without a nullable annotation.</summary>
    public required string MessageType { get; init; }

    /// <summary>The class that declares the handler method, fully qualified.</summary>
    public required string HandlerType { get; init; }

    /// <summary>The handler as documentation names it: <c>Shop.Billing.BillingHandlers.Handle</c>.</summary>
    public required string HandlerDisplayName { get; init; }

    /// <summary>The method name as a C# identifier, <c>@</c>-escaped when it is a keyword.</summary>
    public required string MethodIdentifier { get; init; }

    /// <summary>Whether the method is static (no handler instance is needed).</summary>
    public required bool IsStatic { get; init; }

    /// <summary>The parameters, in declaration order; the first is the message.</summary>
    public required EquatableArray<HandlerParameterSpec> Parameters { get; init; }

    /// <summary>What the method returns.</summary>
    public required HandlerReturnKind ReturnKind { get; init; }

    /// <summary>For the message-returning kinds, the returned message type; otherwise <see langword="null"/>.</summary>
    public string? ResultType { get; init; }

    /// <summary>Whether a parameter is resolved from services, so the consumer needs the consume scope's <c>IServiceProvider</c>.</summary>
    public bool NeedsServices
    {
        get
        {
            foreach (var parameter in Parameters)
            {
                if (parameter.Kind is HandlerParameterKind.Service or HandlerParameterKind.ServiceProvider)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
