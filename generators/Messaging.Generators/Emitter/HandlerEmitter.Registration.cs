using System.Globalization;
using Messaging.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Messaging.Generators.Emitter;

internal static partial class HandlerEmitter
{
    /// <summary>Adds <c>{AssemblyName}.Messaging.g.cs</c>, unless there is nothing to register.</summary>
    public static void EmitRegistration(SourceProductionContext context, RegistrationSpec? spec)
    {
        if (spec is not null)
        {
            context.AddSource(spec.AssemblyName + ".Messaging.g.cs", WriteRegistration(spec).ToSourceText());
        }
    }

    // namespace Messaging;
    //
    // public static class ShopBillingMessagingBuilderExtensions
    // {
    //     public static global::Messaging.MessagingBuilder AddShopBilling(this global::Messaging.MessagingBuilder bus)
    //     {
    //         global::System.ArgumentNullException.ThrowIfNull(bus);
    //
    //         bus.AddMessage(new MessageRoute<T> { ... });                                  // per message, by type
    //         bus.AddHandlerClass<C>(static sp => new C(...), typeof(IStore));              // per handler class, by type
    //         bus.AddConsumer<TConsumer, T>(new ConsumerRegistration { ... }, static sp => new TConsumer(...));  // per consumer
    //                                           // (static () => new TConsumer() when it needs no services: no scope)
    //         return bus;
    //     }
    // }
    internal static SourceWriter WriteRegistration(RegistrationSpec spec)
    {
        var writer = new SourceWriter();
        WriteFileHeader(writer, TypeNames.RegistrationNamespace);
        var assembly = System.Security.SecurityElement.Escape(spec.AssemblyName);
        writer.WriteLine($"""
            /// <summary>Registers the messages and handlers of the <c>{assembly}</c> assembly with Messaging.</summary>
            {s_generatedCodeAttribute}
            public static class {spec.ClassName}
            """);
        writer.OpenBlock();
        writer.WriteLine($"""
            /// <summary>
            /// Adds the routes of the messages <c>{assembly}</c> declares or handles, its handler classes and one
            /// consumer per handler method: <c>services.AddMessaging(bus =&gt; bus.{spec.MethodName}())</c>.
            /// </summary>
            /// <param name="bus">The builder to add to.</param>
            /// <returns><paramref name="bus"/>, to chain the registrations of other assemblies.</returns>
            public static {TypeNames.MessagingBuilder} {spec.MethodName}(this {TypeNames.MessagingBuilder} bus)
            """);
        writer.OpenBlock();
        writer.WriteLine($"{TypeNames.ArgumentNullException}.ThrowIfNull(bus);");
        foreach (var route in spec.Routes)
        {
            writer.WriteLine();
            WriteRoute(writer, route);
        }

        foreach (var handlerClass in spec.HandlerClasses)
        {
            writer.WriteLine();
            WriteHandlerClass(writer, handlerClass);
        }

        foreach (var consumer in spec.Consumers)
        {
            writer.WriteLine();
            WriteConsumerRegistration(writer, consumer);
        }

        writer.WriteLine();
        writer.WriteLine("return bus;");
        writer.CloseBlock();
        writer.CloseBlock();
        return writer;
    }

    // The handler class, once per consume scope, from its constructor with the most parameters, with the services that
    // constructor cannot do without (checked when the bus starts); AddHandlerClass adds it with TryAdd, so an
    // application's own registration of the class wins.
    //
    // bus.AddHandlerClass<global::N.Handlers>(
    //     static sp => new global::N.Handlers(
    //         ServiceProviderServiceExtensions.GetRequiredService<global::N.IStore>(sp),
    //         ServiceProviderServiceExtensions.GetService<global::N.IClock>(sp)),
    //     typeof(global::N.IStore));
    //
    // and when a required one is keyed: ..., [typeof(global::N.IStore)], [new(typeof(global::N.ITaxTable), "eu")]);
    private static void WriteHandlerClass(SourceWriter writer, HandlerClassSpec handlerClass)
    {
        var arguments = new string[handlerClass.ConstructorParameters.Count];
        var required = new System.Collections.Generic.List<ServiceSpec>();
        for (var i = 0; i < arguments.Length; i++)
        {
            var parameter = handlerClass.ConstructorParameters[i];
            arguments[i] = Resolve(parameter, "sp");
            if (!parameter.IsOptional && !required.Contains(parameter))
            {
                required.Add(parameter);
            }
        }

        var (types, keyed) = RequiredServiceLists(required);
        writer.WriteLine($"bus.AddHandlerClass<{handlerClass.Type}>(");
        writer.Indentation++;
        var factory = $"static sp => new {handlerClass.Type}{FormatArguments(arguments, multiline: true)}";
        if (keyed.Length > 0)
        {
            writer.WriteLine(factory + ",");
            writer.WriteLine($"[{types}],");
            writer.WriteLine($"[{keyed}]);");
        }
        else if (types.Length > 0)
        {
            writer.WriteLine(factory + ",");
            writer.WriteLine(types + ");");
        }
        else
        {
            writer.WriteLine(factory + ");");
        }

        writer.Indentation--;
    }

    // The required services as "typeof(A), typeof(B)" and the keyed ones as "new(typeof(C), \"eu\")", each list
    // comma-separated in parameter order.
    private static (string Types, string Keyed) RequiredServiceLists(System.Collections.Generic.IEnumerable<ServiceSpec> required)
    {
        var types = new System.Collections.Generic.List<string>();
        var keyed = new System.Collections.Generic.List<string>();
        foreach (var service in required)
        {
            if (service.Key is null)
            {
                types.Add("typeof(" + service.Type + ")");
            }
            else
            {
                keyed.Add("new(typeof(" + service.Type + "), " + service.Key + ")");
            }
        }

        return (string.Join(", ", types), string.Join(", ", keyed));
    }

    // bus.AddConsumer<global::Messaging.Generated.N_Handlers_HandleConsumer, global::N.Message>(
    //     new global::Messaging.ConsumerRegistration
    //     {
    //         Handler = "N.Handlers.Handle",
    //         Queue = "billing",
    //         Binding = "eu.*",                      // set members only
    //         QuorumQueue = true,
    //         MessageTimeToLive = global::System.TimeSpan.FromMilliseconds(60000),
    //         Retry = new global::Messaging.RetryPolicy { ... },
    //         Idempotent = true,
    //         RequiredServices = [typeof(global::N.IClock)],      // the method's non-nullable services, when any
    //         RequiredKeyedServices = [new(typeof(global::N.ITaxTable), "eu")],   // and its keyed ones
    //     },
    //     static sp => new global::Messaging.Generated.N_Handlers_HandleConsumer(
    //         GetRequiredService<global::N.Handlers>(sp),
    //         sp));
    //
    // or, for a static handler that takes no services: static () => new global::Messaging.Generated.N_Handlers_HandleConsumer());
    private static void WriteConsumerRegistration(SourceWriter writer, ConsumerRegistrationSpec consumer)
    {
        var consumerType = "global::" + TypeNames.GeneratedNamespace + "." + consumer.ConsumerName;
        writer.WriteLine($"bus.AddConsumer<{consumerType}, {consumer.MessageType}>(");
        writer.Indentation++;
        writer.WriteLine($"new {TypeNames.ConsumerRegistration}");
        writer.OpenBlock();
        writer.WriteLine($"Handler = {Literal(consumer.HandlerDisplayName)},");
        writer.WriteLine($"Queue = {Literal(consumer.Queue)},");
        if (consumer.Binding is not null)
        {
            writer.WriteLine($"Binding = {Literal(consumer.Binding)},");
        }

        if (consumer.PrefetchCount != 0)
        {
            writer.WriteLine($"PrefetchCount = {Number(consumer.PrefetchCount)},");
        }

        if (consumer.ConcurrencyLimit != 0)
        {
            writer.WriteLine($"ConcurrencyLimit = {Number(consumer.ConcurrencyLimit)},");
        }

        if (consumer.QuorumQueue)
        {
            writer.WriteLine("QuorumQueue = true,");
        }

        if (consumer.MessageTimeToLiveMilliseconds != 0)
        {
            writer.WriteLine($"MessageTimeToLive = global::System.TimeSpan.FromMilliseconds({Number(consumer.MessageTimeToLiveMilliseconds)}),");
        }

        if (consumer.Retry is { } retry)
        {
            WriteRetryPolicy(writer, retry);
        }

        if (consumer.Idempotent)
        {
            writer.WriteLine("Idempotent = true,");
        }

        var (types, keyed) = RequiredServiceLists(consumer.RequiredServices);
        if (types.Length > 0)
        {
            writer.WriteLine($"RequiredServices = [{types}],");
        }

        if (keyed.Length > 0)
        {
            writer.WriteLine($"RequiredKeyedServices = [{keyed}],");
        }

        writer.CloseBlock(",");

        var arguments = new System.Collections.Generic.List<string>(2);
        if (consumer.HandlerType is not null)
        {
            arguments.Add(Resolve(new ServiceSpec { Type = consumer.HandlerType, IsOptional = false }, "sp"));
        }

        if (consumer.NeedsServices)
        {
            arguments.Add("sp");
        }

        // A consumer that needs nothing from the container is created without a consume scope.
        writer.WriteLine(arguments.Count == 0
            ? $"static () => new {consumerType}());"
            : $"static sp => new {consumerType}{FormatArguments(arguments.ToArray(), multiline: consumer.HandlerType is not null)});");
        writer.Indentation--;
    }

    // Retry = new global::Messaging.RetryPolicy
    // {
    //     Kind = global::Messaging.RetryKind.Interval,
    //     Count = 3,
    //     Interval = global::System.TimeSpan.FromMilliseconds(200),     // non-zero times only
    //     Ignore = [typeof(global::System.ArgumentException)],          // when there are any
    // },
    private static void WriteRetryPolicy(SourceWriter writer, RetrySpec retry)
    {
        writer.WriteLine($"Retry = new {TypeNames.RetryPolicy}");
        writer.OpenBlock();
        writer.WriteLine($"Kind = {TypeNames.RetryKind}.{retry.Kind},");
        writer.WriteLine($"Count = {Number(retry.Count)},");
        WriteMilliseconds(writer, "Interval", retry.IntervalMilliseconds);
        WriteMilliseconds(writer, "Increment", retry.IncrementMilliseconds);
        WriteMilliseconds(writer, "MaxInterval", retry.MaxIntervalMilliseconds);
        if (retry.Ignore.Count > 0)
        {
            var types = new string[retry.Ignore.Count];
            for (var i = 0; i < types.Length; i++)
            {
                types[i] = "typeof(" + retry.Ignore[i] + ")";
            }

            writer.WriteLine($"Ignore = [{string.Join(", ", types)}],");
        }

        writer.CloseBlock(",");
    }

    private static void WriteMilliseconds(SourceWriter writer, string name, int milliseconds)
    {
        if (milliseconds != 0)
        {
            writer.WriteLine($"{name} = {TypeNames.TimeSpanType}.FromMilliseconds({Number(milliseconds)}),");
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    // Continuation lines of a multi-line argument list sit one level deeper inside the enclosing expression.
    private static string Indent(string text) => text.Replace("\n", "\n    ");
}
