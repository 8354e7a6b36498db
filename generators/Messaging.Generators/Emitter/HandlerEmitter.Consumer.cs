using Messaging.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Messaging.Generators.Emitter;

internal static partial class HandlerEmitter
{
    /// <summary>Adds <c>{Namespace}.{Class}.{Method}.Consumer.g.cs</c>, unless the handler gets no consumer.</summary>
    public static void EmitConsumer(SourceProductionContext context, ConsumerSpec? spec)
    {
        if (spec is not null)
        {
            context.AddSource(spec.HintName, WriteConsumer(spec).ToSourceText());
        }
    }

    // /// <summary>Consumes <see cref="global::N.Message"/> by calling <c>N.Handlers.Handle</c>.</summary>
    // [GeneratedCode(...)]
    // internal sealed class N_Handlers_HandleConsumer : global::MassTransit.IConsumer<global::N.Message>
    // {
    //     private readonly global::N.Handlers _handler;                   // instance handlers
    //     private readonly global::System.IServiceProvider _services;      // when a parameter is a service
    //
    //     public N_Handlers_HandleConsumer(global::N.Handlers handler, global::System.IServiceProvider services) { ... }
    //
    //     public Task Consume(ConsumeContext<global::N.Message> context) { ... }
    // }
    internal static SourceWriter WriteConsumer(ConsumerSpec spec)
    {
        var writer = new SourceWriter();
        WriteFileHeader(writer, TypeNames.GeneratedNamespace);
        writer.WriteLine($"""
            /// <summary>Consumes <see cref="{spec.MessageType}"/> by calling <c>{spec.HandlerDisplayName}</c>.</summary>
            {s_generatedCodeAttribute}
            internal sealed class {spec.ConsumerName} : {TypeNames.ConsumerInterface}<{spec.MessageType}>
            """);
        writer.OpenBlock();
        var needsServices = spec.NeedsServices;
        if (!spec.IsStatic || needsServices)
        {
            WriteConstructor(writer, spec, needsServices);
            writer.WriteLine();
        }

        WriteConsumeMethod(writer, spec);
        writer.CloseBlock();
        return writer;
    }

    // private readonly global::N.Handlers _handler;
    // private readonly global::System.IServiceProvider _services;
    //
    // public N_Handlers_HandleConsumer(global::N.Handlers handler, global::System.IServiceProvider services)
    // {
    //     _handler = handler;
    //     _services = services;
    // }
    private static void WriteConstructor(SourceWriter writer, ConsumerSpec spec, bool needsServices)
    {
        if (!spec.IsStatic)
        {
            writer.WriteLine($"private readonly {spec.HandlerType} _handler;");
        }

        if (needsServices)
        {
            writer.WriteLine($"private readonly {TypeNames.ServiceProvider} _services;");
        }

        writer.WriteLine();
        writer.WriteLine("/// <summary>Creates the consumer of one message, in its consume scope.</summary>");
        if (!spec.IsStatic)
        {
            writer.WriteLine("/// <param name=\"handler\">The handler instance of the consume scope.</param>");
        }

        if (needsServices)
        {
            writer.WriteLine("/// <param name=\"services\">The services of the consume scope, which the handler's other parameters are resolved from.</param>");
        }

        var parameters = spec.IsStatic ? string.Empty : $"{spec.HandlerType} handler";
        if (needsServices)
        {
            parameters += (parameters.Length == 0 ? string.Empty : ", ") + $"{TypeNames.ServiceProvider} services";
        }

        writer.WriteLine($"public {spec.ConsumerName}({parameters})");
        writer.OpenBlock();
        if (!spec.IsStatic)
        {
            writer.WriteLine("_handler = handler;");
        }

        if (needsServices)
        {
            writer.WriteLine("_services = services;");
        }

        writer.CloseBlock();
    }

    // public Task Consume(ConsumeContext<global::N.Message> context)
    // {
    //     void:                _handler.Handle(context.Message, ...); return Task.CompletedTask;
    //     Task:                return _handler.Handle(context.Message, ...);
    //     ValueTask:           return _handler.Handle(context.Message, ...).AsTask();
    //     TMessage:            var result = _handler.Handle(...); return HandlerResults.RespondOrPublishAsync<TResult>(context, result);
    //     Task/ValueTask<T>:   (async) var result = await _handler.Handle(...); await HandlerResults.RespondOrPublishAsync<TResult>(context, result);
    // }
    private static void WriteConsumeMethod(SourceWriter writer, ConsumerSpec spec)
    {
        var isAsync = spec.ReturnKind is HandlerReturnKind.TaskOfMessage or HandlerReturnKind.ValueTaskOfMessage;
        writer.WriteLine(spec.ReturnKind switch
        {
            HandlerReturnKind.Void or HandlerReturnKind.Task or HandlerReturnKind.ValueTask =>
                "/// <summary>Calls the handler with the message and what its other parameters ask for.</summary>",
            _ => "/// <summary>Calls the handler, then responds with what it returns when the message was a request, and publishes it otherwise.</summary>",
        });
        writer.WriteLine($"""
            /// <param name="context">The message and its headers, cancellation and response address.</param>
            /// <returns>A task that completes when the handler has.</returns>
            public {(isAsync ? "async " : string.Empty)}{TypeNames.TaskType} Consume({TypeNames.ConsumeContextType}<{spec.MessageType}> context)
            """);
        writer.OpenBlock();
        var call = WriteCall(spec);
        var respond = $"{TypeNames.HandlerResults}.RespondOrPublishAsync<{spec.ResultType}>(context, result)";
        switch (spec.ReturnKind)
        {
            case HandlerReturnKind.Void:
                writer.WriteLine(call + ";");
                writer.WriteLine($"return {TypeNames.TaskType}.CompletedTask;");
                break;
            case HandlerReturnKind.Task:
                // The handler's task is the consumer's: no state machine in between.
                writer.WriteLine($"return {call};");
                break;
            case HandlerReturnKind.ValueTask:
                // AsTask() of a ValueTask that completed synchronously is Task.CompletedTask: nothing is allocated.
                writer.WriteLine($"return {call}.AsTask();");
                break;
            case HandlerReturnKind.Message:
                writer.WriteLine($"var result = {call};");
                writer.WriteLine($"return {respond};");
                break;
            default:
                writer.WriteLine($"var result = await {call}.ConfigureAwait(false);");
                writer.WriteLine($"await {respond}.ConfigureAwait(false);");
                break;
        }

        writer.CloseBlock();
    }

    // _handler.Handle(context.Message, context, context.CancellationToken, _services, GetRequiredService<global::N.IClock>(_services))
    // (static handlers call global::N.Handlers.Handle; with a resolved service, arguments go one per line).
    private static string WriteCall(ConsumerSpec spec)
    {
        var arguments = new string[spec.Parameters.Count];
        var hasService = false;
        for (var i = 0; i < arguments.Length; i++)
        {
            var parameter = spec.Parameters[i];
            arguments[i] = parameter.Kind switch
            {
                HandlerParameterKind.Message => "context.Message",
                HandlerParameterKind.ConsumeContext => "context",
                HandlerParameterKind.CancellationToken => "context.CancellationToken",
                HandlerParameterKind.ServiceProvider => "_services",
                _ => Resolve(parameter.Service!, "_services"),
            };
            hasService |= parameter.Kind == HandlerParameterKind.Service;
        }

        var target = spec.IsStatic ? spec.HandlerType : "_handler";
        return $"{target}.{spec.MethodIdentifier}{FormatArguments(arguments, hasService)}";
    }
}
