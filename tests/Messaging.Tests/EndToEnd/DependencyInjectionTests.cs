using System;
using System.Linq;
using System.Threading.Tasks;
using MassTransit;
using Messaging.Tests.EndToEnd.Contracts;
using Messaging.Tests.EndToEnd.Handlers;
using Messaging.Tests.EndToEnd.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Messaging.Tests.EndToEnd;

public sealed class DependencyInjectionTests
{
    private static Task<EndToEndBus> StartAsync() => EndToEndBus.StartAsync(services =>
    {
        services.AddSingleton<ScopeLog>();
        services.AddScoped<ScopeTracker>();
        services.AddSingleton<ITaxTable, FlatTaxTable>();
    });

    [Fact]
    public async Task Instance_handler_gets_its_constructor_dependencies_from_the_container()
    {
        await using var bus = await StartAsync();

        await bus.Bus.Publish(new StartCheckout(Guid.NewGuid()));

        var seen = (await bus.Probe.WaitOneAsync("checkout")).DetailAs<CheckoutSeen>();
        Assert.Equal(0.2m, seen.TaxRate);
        // IDiscountPolicy? is optional: not registered, so the handler gets null rather than a failure.
        Assert.False(seen.DiscountsResolved);
    }

    [Fact]
    public async Task Each_message_gets_its_own_scope_shared_by_the_handler_and_its_service_parameters_then_disposed()
    {
        await using var bus = await StartAsync();
        var first = new StartCheckout(Guid.NewGuid());
        var second = new StartCheckout(Guid.NewGuid());

        await bus.Bus.Publish(first);
        await bus.Bus.Publish(second);

        var calls = await bus.Probe.WaitAsync("checkout", 2);
        var seen = calls.Select(c => c.DetailAs<CheckoutSeen>()).ToList();
        // Within a message, the constructor and the parameter get the one scoped instance.
        Assert.All(seen, s => Assert.Equal(s.ConstructorScope, s.ParameterScope));
        // Across messages, the scope, and so the scoped service and the handler instance, are new.
        Assert.NotEqual(seen[0].ConstructorScope, seen[1].ConstructorScope);
        Assert.NotEqual(seen[0].HandlerInstance, seen[1].HandlerInstance);
        var log = bus.Services.GetRequiredService<ScopeLog>();
        await Task.WhenAll(seen.Select(s => log.WaitDisposedAsync(s.ConstructorScope)));
    }

    [Fact]
    public async Task Context_and_cancellation_token_parameters_are_those_of_the_message_being_consumed()
    {
        await using var bus = await StartAsync();
        var checkout = new StartCheckout(Guid.NewGuid());
        var messageId = NewId.NextGuid();

        await bus.Bus.Publish(checkout, context => context.MessageId = messageId);

        var call = await bus.Probe.WaitOneAsync("checkout");
        var seen = call.DetailAs<CheckoutSeen>();
        Assert.Equal(checkout, call.Message);
        Assert.True(seen.ContextCarriesTheMessage);
        Assert.True(seen.TokenIsTheContextToken);
        Assert.Equal(messageId, call.Delivery!.MessageId);
    }

    [Fact]
    public async Task Static_handler_that_takes_no_services_runs_without_a_consume_scope_and_one_that_takes_a_service_gets_one()
    {
        await using var bus = await StartAsync();
        var scopeless = new ProbeScopeless(Guid.NewGuid());
        var scoped = new ProbeScoped(Guid.NewGuid());

        await bus.Bus.Publish(scopeless);
        await bus.Bus.Publish(scoped);

        Assert.False(await ScopeHandlers.HadScopeAsync(scopeless.Id).WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.True(await ScopeHandlers.HadScopeAsync(scoped.Id).WaitAsync(TimeSpan.FromSeconds(30)));
    }
}
