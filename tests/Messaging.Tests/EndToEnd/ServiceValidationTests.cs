using System;
using System.Threading.Tasks;
using MassTransit;
using Messaging.Tests.EndToEnd.Handlers;
using Messaging.Tests.EndToEnd.Infrastructure;
using Messaging.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xunit;

namespace Messaging.Tests.EndToEnd;

/// <summary>
/// The start-up check of the services handlers cannot run without, over every handler of this assembly as
/// <c>AddMessagingTests()</c> registers them: a missing registration stops the bus before it starts, naming the
/// service and who takes it, instead of failing each of that handler's messages into <c>_error</c>.
/// </summary>
public sealed class ServiceValidationTests
{
    private const string Handlers = "Messaging.Tests.EndToEnd.Handlers.";

    [Fact]
    public async Task Bus_does_not_start_and_names_each_missing_service_with_the_handler_that_takes_it()
    {
        var message = await StartFailureAsync(_ => { });

        Assert.StartsWith("The bus cannot start: ", message, StringComparison.Ordinal);
        Assert.Contains($"\n  - {Handlers}ITaxTable, which the constructor of {Handlers}CheckoutHandlers takes\n", message, StringComparison.Ordinal);
        Assert.Contains($"\n  - {Handlers}ScopeLog, which the handler {Handlers}ScopeHandlers.Scoped (queue \"e2e-scoped\") takes\n", message, StringComparison.Ordinal);
        Assert.Contains($"\n  - {Handlers}ScopeTracker, which the handler {Handlers}CheckoutHandlers.Handle (queue \"e2e-checkout\") takes\n", message, StringComparison.Ordinal);
        // Registered (the probe), nullable (IDiscountPolicy?) and context parameters are not services it asks for.
        Assert.DoesNotContain("HandlerProbe", message, StringComparison.Ordinal);
        Assert.DoesNotContain("IDiscountPolicy", message, StringComparison.Ordinal);
        Assert.DoesNotContain("ConsumeContext", message, StringComparison.Ordinal);
        Assert.EndsWith("or declare the parameter nullable (IService?) to receive null when it is not registered.", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_registered_service_is_no_longer_reported()
    {
        var message = await StartFailureAsync(services =>
        {
            services.AddSingleton<ITaxTable, FlatTaxTable>();
            services.AddSingleton<ScopeLog>();
        });

        Assert.DoesNotContain("ITaxTable", message, StringComparison.Ordinal);
        Assert.DoesNotContain("ScopeLog", message, StringComparison.Ordinal);
        Assert.Contains($"{Handlers}ScopeTracker, which the handler {Handlers}CheckoutHandlers.Handle", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_handler_class_the_application_registers_itself_is_not_checked_for_its_constructor()
    {
        var message = await StartFailureAsync(services => services.AddScoped(
            provider => new CheckoutHandlers(provider.GetRequiredService<HandlerProbe>(), new ScopeTracker(new ScopeLog()), new FlatTaxTable(), discounts: null)));

        // The application's factory decides what the class needs; the handler method's own parameters are still checked.
        Assert.DoesNotContain($"the constructor of {Handlers}CheckoutHandlers", message, StringComparison.Ordinal);
        Assert.Contains($"{Handlers}ScopeTracker, which the handler {Handlers}CheckoutHandlers.Handle", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_handler_class_removed_after_the_registration_is_reported()
    {
        var services = new ServiceCollection();
        services.AddSingleton<HandlerProbe>();
        services.AddSingleton<ITaxTable, FlatTaxTable>();
        services.AddSingleton<ScopeLog>();
        services.AddScoped<ScopeTracker>();
        services.AddMessaging(messaging => messaging.AddMessagingTests()).UseInMemory();
        services.RemoveAll<CheckoutHandlers>();
        await using var provider = services.BuildServiceProvider();

        var failure = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IBusControl>());

        Assert.Contains($"\n  - {Handlers}CheckoutHandlers, the class its handlers are called on\n", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_setting_counts_when_the_bus_is_built_not_when_the_transport_is_chosen()
    {
        var services = new ServiceCollection();
        services.AddSingleton<HandlerProbe>();
        // Set on the builder UseInMemory returns: still read, since the check runs when the bus is built.
        services.AddMessaging(messaging => messaging.AddMessagingTests()).UseInMemory().ValidateServicesOnStart = false;
        await using var provider = services.BuildServiceProvider();

        var bus = provider.GetRequiredService<IBusControl>();
        await bus.StartAsync(TimeSpan.FromSeconds(60));
        await bus.StopAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task With_the_check_off_the_bus_starts_without_the_services()
    {
        var (provider, bus) = await InMemoryBusHost.StartAsync(
            services => services.AddSingleton<HandlerProbe>(),
            messaging =>
            {
                messaging.AddMessagingTests();
                messaging.ValidateServicesOnStart = false;
            },
            configure: null);
        await InMemoryBusHost.StopAsync(provider, bus);
    }

    private static async Task<string> StartFailureAsync(Action<IServiceCollection> services)
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => InMemoryBusHost.StartAsync(
            collection =>
            {
                collection.AddSingleton<HandlerProbe>();
                services(collection);
            },
            messaging => messaging.AddMessagingTests(),
            configure: null));
        return failure.Message;
    }
}
