using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Messaging.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Messaging.Generators.Parser;

/// <summary>Decides which handlers of one assembly get consumers, and assembles the assembly's registration.</summary>
internal static class HandlerSetResolver
{
    /// <summary>Reduces the compilation to the facts the handler pipeline needs; runs on every compilation, so it stays cheap.</summary>
    public static CompilationFactsSpec CreateFacts(Compilation compilation)
    {
        var canRegister = compilation is CSharpCompilation { LanguageVersion: >= LanguageVersion.CSharp12 }
            && compilation.GetTypeByMetadataName(TypeNames.MessagingBuilderMetadata) is not null
            && compilation.GetTypeByMetadataName(TypeNames.ConsumerInterfaceMetadata) is not null
            && compilation.GetTypeByMetadataName(TypeNames.ServiceProviderExtensionsMetadata) is not null;
        return new CompilationFactsSpec { AssemblyName = compilation.AssemblyName ?? string.Empty, CanRegister = canRegister };
    }

    /// <summary>
    /// Names the consumers that are emitted, in ordinal order: every valid handler's, except when the compilation
    /// cannot compile them (no MassTransit or Messaging runtime), and except consumers whose class or hint names
    /// collide (<c>A.B_C.Handle</c> and <c>A_B.C.Handle</c>; hint names compare case-insensitively) — so everything
    /// emitted compiles and no hint name is added twice.
    /// </summary>
    public static HandlerSetSpec Resolve(ImmutableArray<HandlerSpec?> handlers, CompilationFactsSpec facts)
    {
        if (!facts.CanRegister)
        {
            return new HandlerSetSpec { ConsumerNames = EquatableArray<string>.Empty };
        }

        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var hints = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var handler in handlers)
        {
            if (handler is not null)
            {
                Increment(names, handler.Consumer.ConsumerName);
                Increment(hints, handler.Consumer.HintName);
            }
        }

        var unique = new List<string>(names.Count);
        foreach (var handler in handlers)
        {
            if (handler is not null && names[handler.Consumer.ConsumerName] == 1 && hints[handler.Consumer.HintName] == 1)
            {
                unique.Add(handler.Consumer.ConsumerName);
            }
        }

        unique.Sort(StringComparer.Ordinal);
        return new HandlerSetSpec { ConsumerNames = new EquatableArray<string>(unique.ToArray()) };
    }

    /// <summary>The handler's consumer when it is in <paramref name="set"/>, otherwise <see langword="null"/> (nothing is emitted).</summary>
    public static ConsumerSpec? Filter(HandlerSpec? handler, HandlerSetSpec set) =>
        handler is not null && set.Contains(handler.Consumer.ConsumerName) ? handler.Consumer : null;

    /// <summary>
    /// The registration of the assembly: a route for every message class it declares and every message its handlers
    /// consume or return, each handler class once, and every consumer of the set; or <see langword="null"/> when there
    /// is nothing to register or the compilation cannot compile it. A message the assembly declares gets a route only
    /// when it is in <paramref name="formattedMessages"/>: the runtime needs a formatter for every route it registers.
    /// </summary>
    public static RegistrationSpec? CreateRegistration(
        ImmutableArray<HandlerSpec?> handlers,
        HandlerSetSpec set,
        ImmutableArray<MessageRouteSpec?> declaredRoutes,
        MessageSetSpec formattedMessages,
        CompilationFactsSpec facts)
    {
        if (!facts.CanRegister)
        {
            return null;
        }

        var valid = new List<HandlerSpec>(set.ConsumerNames.Count);
        foreach (var handler in handlers)
        {
            if (handler is not null && set.Contains(handler.Consumer.ConsumerName))
            {
                valid.Add(handler);
            }
        }

        valid.Sort(static (left, right) => string.CompareOrdinal(left.Consumer.ConsumerName, right.Consumer.ConsumerName));
        var routes = CollectRoutes(valid, declaredRoutes, formattedMessages);
        if (routes.Length == 0 && valid.Count == 0)
        {
            return null;
        }

        var handlerClasses = new SortedDictionary<string, HandlerClassSpec>(StringComparer.Ordinal);
        var consumers = new ConsumerRegistrationSpec[valid.Count];
        for (var i = 0; i < consumers.Length; i++)
        {
            var handler = valid[i];
            if (handler.HandlerClass is { } handlerClass && !handlerClasses.ContainsKey(handlerClass.Type))
            {
                handlerClasses.Add(handlerClass.Type, handlerClass);
            }

            consumers[i] = new ConsumerRegistrationSpec
            {
                ConsumerName = handler.Consumer.ConsumerName,
                MessageType = handler.Consumer.MessageType,
                HandlerDisplayName = handler.Consumer.HandlerDisplayName,
                RequiredServices = RequiredServices(handler.Consumer.Parameters),
                HandlerType = handler.HandlerClass?.Type,
                NeedsServices = handler.Consumer.NeedsServices,
                Queue = handler.Queue,
                Binding = handler.Binding,
                PrefetchCount = handler.PrefetchCount,
                ConcurrencyLimit = handler.ConcurrencyLimit,
                QuorumQueue = handler.QuorumQueue,
                MessageTimeToLiveMilliseconds = handler.MessageTimeToLiveMilliseconds,
                Retry = handler.Retry,
                Idempotent = handler.Idempotent,
            };
        }

        var sanitized = MessagingNames.SanitizeAssemblyName(facts.AssemblyName);
        return new RegistrationSpec
        {
            AssemblyName = facts.AssemblyName.Length == 0 ? MessagingNames.FallbackAssemblyName : facts.AssemblyName,
            ClassName = MessagingNames.GetExtensionClassName(sanitized),
            MethodName = "Add" + sanitized,
            Routes = new EquatableArray<RouteRegistrationSpec>(routes),
            HandlerClasses = new EquatableArray<HandlerClassSpec>(new List<HandlerClassSpec>(handlerClasses.Values).ToArray()),
            Consumers = new EquatableArray<ConsumerRegistrationSpec>(consumers),
        };
    }

    // Routes by message type: the declared ones, then those the handlers consume and return (the same type always
    // classifies to the same route), less the declared ones without a formatter. Each gets the queues of this assembly
    // that consume it.
    private static RouteRegistrationSpec[] CollectRoutes(List<HandlerSpec> handlers, ImmutableArray<MessageRouteSpec?> declaredRoutes, MessageSetSpec formattedMessages)
    {
        var routes = new SortedDictionary<string, MessageRouteSpec>(StringComparer.Ordinal);
        foreach (var route in declaredRoutes)
        {
            if (route is not null)
            {
                routes[route.MessageType] = route;
            }
        }

        var bindings = new Dictionary<string, List<QueueBindingSpec>>(StringComparer.Ordinal);
        foreach (var handler in handlers)
        {
            routes[handler.Message.MessageType] = handler.Message;
            if (handler.Result is { } result && !routes.ContainsKey(result.MessageType))
            {
                routes.Add(result.MessageType, result);
            }

            if (!bindings.TryGetValue(handler.Message.MessageType, out var queues))
            {
                queues = [];
                bindings.Add(handler.Message.MessageType, queues);
            }

            var binding = new QueueBindingSpec { Queue = handler.Queue, Pattern = handler.Binding };
            if (!queues.Contains(binding))
            {
                queues.Add(binding);
            }
        }

        // A message declared here without a formatter (an unsupported member, a formatter name that collides with
        // another's, a reference to such a message) gets no route: the runtime would refuse to start the bus. Its
        // handlers still get consumers; messages declared in other assemblies are their own registration's business.
        foreach (var route in declaredRoutes)
        {
            if (route is not null && !formattedMessages.Contains(route.MessageType))
            {
                routes.Remove(route.MessageType);
            }
        }

        var registrations = new RouteRegistrationSpec[routes.Count];
        var index = 0;
        foreach (var route in routes.Values)
        {
            var consumers = Array.Empty<QueueBindingSpec>();
            string? sendQueue = null;
            if (bindings.TryGetValue(route.MessageType, out var queues))
            {
                queues.Sort(static (left, right) =>
                {
                    var byQueue = string.CompareOrdinal(left.Queue, right.Queue);
                    return byQueue != 0 ? byQueue : string.CompareOrdinal(left.Pattern, right.Pattern);
                });
                consumers = queues.ToArray();

                // A command: exactly one queue consumes it (with one or more binding patterns).
                sendQueue = consumers[0].Queue;
                foreach (var consumer in consumers)
                {
                    if (!string.Equals(consumer.Queue, sendQueue, StringComparison.Ordinal))
                    {
                        sendQueue = null;
                        break;
                    }
                }
            }

            registrations[index++] = new RouteRegistrationSpec
            {
                Route = route,
                Consumers = new EquatableArray<QueueBindingSpec>(consumers),
                SendQueue = sendQueue,
            };
        }

        return registrations;
    }

    // The services a handler method cannot run without, each once, in parameter order: checked when the bus starts.
    private static EquatableArray<ServiceSpec> RequiredServices(EquatableArray<HandlerParameterSpec> parameters)
    {
        var required = new List<ServiceSpec>();
        foreach (var parameter in parameters)
        {
            if (parameter.Service is { IsOptional: false } service && !required.Contains(service))
            {
                required.Add(service);
            }
        }

        return new EquatableArray<ServiceSpec>(required.ToArray());
    }

    private static void Increment(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.TryGetValue(key, out var count) ? count + 1 : 1;
}
