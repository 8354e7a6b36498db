using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;

namespace Messaging;

/// <summary>A handler class registered with <c>MessagingBuilder.AddHandlerClass</c>.</summary>
/// <param name="Type">The class.</param>
/// <param name="Factory">The generated factory the class was added with.</param>
/// <param name="RequiredServices">The services the factory cannot do without.</param>
/// <param name="RequiredKeyedServices">The keyed services the factory cannot do without.</param>
internal sealed record HandlerClassEntry(Type Type, object Factory, IReadOnlyList<Type> RequiredServices, IReadOnlyList<KeyedServiceRequirement> RequiredKeyedServices);

/// <summary>
/// Checks, when the bus is built, that every service a handler cannot run without is registered, so a missing
/// registration stops the host at start-up with the list of what is missing — rather than failing each message on
/// <c>GetRequiredService</c>, retrying it and moving it to the <c>_error</c> queue.
/// </summary>
/// <remarks>
/// Asks the container's <see cref="IServiceProviderIsService"/> (Microsoft's container and the common third-party ones
/// implement it), and <see cref="IServiceProviderIsKeyedService"/> for keyed services; what a container cannot answer
/// is not checked. A handler class the application registered itself (or decorated) is built by that registration:
/// only the generated factory's constructor services are checked, and only while it is the class's registration.
/// </remarks>
internal sealed class ServiceRequirements
{
    private readonly MessagingBuilder _builder;
    private readonly IReadOnlyList<HandlerClassEntry> _handlerClasses;
    private readonly IReadOnlyList<ConsumerEntry> _consumers;

    public ServiceRequirements(MessagingBuilder builder, IReadOnlyList<HandlerClassEntry> handlerClasses, IReadOnlyList<ConsumerEntry> consumers)
    {
        _builder = builder;
        _handlerClasses = handlerClasses;
        _consumers = consumers;
    }

    /// <summary>
    /// Throws an <see cref="InvalidOperationException"/> listing every required service <paramref name="provider"/>
    /// cannot resolve, unless <see cref="MessagingBuilder.ValidateServicesOnStart"/> is off.
    /// </summary>
    public void Verify(IServiceProvider provider)
    {
        if (!_builder.ValidateServicesOnStart || provider.GetService(typeof(IServiceProviderIsService)) is not IServiceProviderIsService container)
        {
            return;
        }

        var keyedContainer = provider.GetService(typeof(IServiceProviderIsKeyedService)) as IServiceProviderIsKeyedService;
        var missing = new List<(string Service, string Clause)>();
        if (_handlerClasses.Count > 0)
        {
            var registered = EffectiveRegistrations();
            foreach (var handlerClass in _handlerClasses)
            {
                if (!registered.TryGetValue(handlerClass.Type, out var descriptor))
                {
                    // Removed after AddMessaging (and not registered in the container some other way): every consumer of
                    // the class would fail to get its instance.
                    if (!container.IsService(handlerClass.Type))
                    {
                        missing.Add((TypeDisplay.Name(handlerClass.Type), "the class its handlers are called on"));
                    }

                    continue;
                }

                if (ReferenceEquals(descriptor.ImplementationFactory, handlerClass.Factory))
                {
                    var taker = $"the constructor of {TypeDisplay.Name(handlerClass.Type)}";
                    Check(container, keyedContainer, handlerClass.RequiredServices, handlerClass.RequiredKeyedServices, taker, missing);
                }
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
        IReadOnlyList<KeyedServiceRequirement> keyedServices, string taker, List<(string Service, string Clause)> missing)
    {
        foreach (var service in services)
        {
            if (!container.IsService(service))
            {
                missing.Add((TypeDisplay.Name(service), $"which {taker} takes"));
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
                var key = service.Key is string text ? $"\"{text}\"" : Convert.ToString(service.Key, CultureInfo.InvariantCulture);
                missing.Add(($"{TypeDisplay.Name(service.Type)} with the key {key}", $"which {taker} takes"));
            }
        }
    }

    // The registration a single resolution uses: the last one of each type, keyed registrations aside. Read when the
    // bus is built, so registrations made after AddMessaging count.
    private Dictionary<Type, ServiceDescriptor> EffectiveRegistrations()
    {
        var wanted = new HashSet<Type>();
        foreach (var handlerClass in _handlerClasses)
        {
            wanted.Add(handlerClass.Type);
        }

        var registered = new Dictionary<Type, ServiceDescriptor>();
        foreach (var descriptor in _builder.Services)
        {
            if (!descriptor.IsKeyedService && wanted.Contains(descriptor.ServiceType))
            {
                registered[descriptor.ServiceType] = descriptor;
            }
        }

        return registered;
    }

    private static string Describe(List<(string Service, string Clause)> missing)
    {
        var services = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (service, _) in missing)
        {
            services.Add(service);
        }

        var text = new StringBuilder();
        text.Append("The bus cannot start: ")
            .Append(services.Count == 1 ? "a service the handlers need is" : $"{services.Count} services the handlers need are")
            .Append(" not registered in the service collection:");
        foreach (var (service, clause) in missing)
        {
            text.Append("\n  - ").Append(service).Append(", ").Append(clause);
        }

        text.Append("\nRegister each before the host starts (services.AddScoped<IService, Implementation>(), AddSingleton, ...), ")
            .Append("or declare the parameter nullable (IService?) to receive null when it is not registered.");
        return text.ToString();
    }
}
