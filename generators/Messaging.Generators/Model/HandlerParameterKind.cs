namespace Messaging.Generators.Model;

/// <summary>What a generated consumer passes for one parameter of a handler method.</summary>
internal enum HandlerParameterKind
{
    /// <summary>The first parameter: <c>context.Message</c>.</summary>
    Message,

    /// <summary>A <c>ConsumeContext&lt;TMessage&gt;</c> or <c>ConsumeContext</c>: <c>context</c>.</summary>
    ConsumeContext,

    /// <summary>A <c>CancellationToken</c>: <c>context.CancellationToken</c>.</summary>
    CancellationToken,

    /// <summary>An <c>IServiceProvider</c>: the consume scope's own.</summary>
    ServiceProvider,

    /// <summary>Anything else: a service of the consume scope (<see cref="ServiceSpec"/>).</summary>
    Service,
}
