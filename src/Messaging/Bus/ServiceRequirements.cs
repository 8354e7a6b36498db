using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.Extensions.DependencyInjection;

namespace Messaging;

/// <summary>A handler class registered with <c>MessagingBuilder.AddHandlerClass</c>.</summary>
/// <param name="Type">The class.</param>
/// <param name="Factory">The generated factory the class was added with.</param>
/// <param name="RequiredServices">The services the factory cannot do without.</param>
/// <param name="RequiredKeyedServices">The keyed services the factory cannot do without.</param>
internal sealed record HandlerClassEntry(Type Type, object Factory, IReadOnlyList<Type> RequiredServices, IReadOnlyList<KeyedService> RequiredKeyedServices);

/// <summary>
/// Checks, when the bus is built, that every service a handler cannot run without is registered, so a missing
/// registration stops the host at start-up with the list of what is missing — rather than failing each message on
/// <c>GetRequiredService</c>, retrying it and moving it to the <c>_error</c> queue.
/// </summary>
/// <remarks>
/// Asks the container's <see cref="IServiceProviderIsService"/> (Microsoft's container and the common third-party ones
/// implement it); with a container that does not, nothing is checked. A handler class the application registered
/// itself is its own business: only the generated factory's constructor services are checked.
/// </remarks>
internal sealed class ServiceRequirements
{
    private readonly IServiceCollection _services;
    private readonly IReadOnlyList<HandlerClassEntry> _handlerClasses;
    private readonly IReadOnlyList<ConsumerEntry> _consumers;

    public ServiceRequirements(IServiceCollection services, IReadOnlyList<HandlerClassEntry> handlerClasses, IReadOnlyList<ConsumerEntry> consumers)
    {
        _services = services;
        _handlerClasses = handlerClasses;
        _consumers = consumers;
    }

    /// <summary>Throws an <see cref="InvalidOperationException"/> listing every required service <paramref name="provider"/> cannot resolve.</summary>
    public void Verify(IServiceProvider provider)
    {
        if (provider.GetService(typeof(IServiceProviderIsService)) is not IServiceProviderIsService container)
        {
            return;
        }

        // Containers without keyed services (or without this interface for them) get their keyed parameters unchecked.
        var keyedContainer = provider.GetService(typeof(IServiceProviderIsKeyedService)) as IServiceProviderIsKeyedService;
        var missing = new List<string>();
        if (_handlerClasses.Count > 0)
        {
            var registered = EffectiveRegistrations();
            foreach (var handlerClass in _handlerClasses)
            {
                if (!registered.TryGetValue(handlerClass.Type, out var descriptor) || !ReferenceEquals(descriptor.ImplementationFactory, handlerClass.Factory))
                {
                    continue;
                }

                var taker = $"the constructor of {TypeDisplay.Name(handlerClass.Type)}";
                Check(container, keyedContainer, handlerClass.RequiredServices, handlerClass.RequiredKeyedServices, taker, missing);
            }
        }

        foreach (var consumer in _consumers)
        {
            var registration = consumer.Registration;
            var taker = $"the handler {registration.Handler ?? TypeDisplay.Name(consumer.ConsumerType)} (queue \"{registration.Queue}\")";
            Check(container, keyedContainer, registration.RequiredServices, registration.RequiredKeyedServices, taker, missing);
        }

        if (missing.Count > 0)
        {
            throw new InvalidOperationException(Describe(missing));
        }
    }

    private static void Check(IServiceProviderIsService container, IServiceProviderIsKeyedService? keyedContainer, IReadOnlyList<Type> services,
        IReadOnlyList<KeyedService> keyedServices, string taker, List<string> missing)
    {
        foreach (var service in services)
        {
            if (!container.IsService(service))
            {
                missing.Add($"{TypeDisplay.Name(service)}, which {taker} takes");
            }
        }

        if (keyedContainer is null)
        {
            return;
        }

        foreach (var service in keyedServices)
        {
            if (!keyedContainer.IsKeyedService(service.Type, service.Key))
            {
                var key = service.Key is string text ? $"\"{text}\"" : Convert.ToString(service.Key, System.Globalization.CultureInfo.InvariantCulture);
                missing.Add($"{TypeDisplay.Name(service.Type)} with the key {key}, which {taker} takes");
            }
        }
    }

    // The registration a single resolution uses: the last one of each type, keyed registrations aside.
    private Dictionary<Type, ServiceDescriptor> EffectiveRegistrations()
    {
        var wanted = new HashSet<Type>();
        foreach (var handlerClass in _handlerClasses)
        {
            wanted.Add(handlerClass.Type);
        }

        var registered = new Dictionary<Type, ServiceDescriptor>();
        foreach (var descriptor in _services)
        {
            if (!descriptor.IsKeyedService && wanted.Contains(descriptor.ServiceType))
            {
                registered[descriptor.ServiceType] = descriptor;
            }
        }

        return registered;
    }

    private static string Describe(List<string> missing)
    {
        var text = new StringBuilder();
        text.Append("The bus cannot start: ")
            .Append(missing.Count == 1 ? "a service the handlers need is" : $"{missing.Count} services the handlers need are")
            .Append(" not registered in the service collection:");
        foreach (var line in missing)
        {
            text.Append("\n  - ").Append(line);
        }

        text.Append("\nRegister each before the host starts (services.AddScoped<IService, Implementation>(), AddSingleton, ...), ")
            .Append("or declare the parameter nullable (IService?) to receive null when it is not registered.");
        return text.ToString();
    }
}
