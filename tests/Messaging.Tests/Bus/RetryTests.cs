using System;
using System.Threading.Tasks;
using MassTransit;
using Messaging.Tests.Bus.Contracts;
using Messaging.Tests.Bus.Handlers;
using Messaging.Tests.Bus.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Messaging.Tests.Bus;

public sealed class RetryTests
{
    [Fact]
    public async Task Handler_that_fails_twice_succeeds_on_the_third_attempt()
    {
        var errors = new QueueCapture("payments_error");
        await using var bus = await TestBus.StartAsync(errors.Configure);
        var paymentId = Guid.NewGuid();

        await bus.Bus.Publish(new ChargeCard(paymentId, FailuresBeforeSuccess: 2));

        await bus.Observations.WaitOneAsync("payments");
        Assert.Equal(3, bus.Services.GetRequiredService<AttemptCounter>().Get(paymentId.ToString()));
        Assert.Empty(await errors.DrainAsync(bus.Bus));
    }

    [Fact]
    public async Task Handler_that_always_fails_ends_in_the_error_queue_after_exactly_count_plus_one_attempts()
    {
        var errors = new QueueCapture("imports_error");
        await using var bus = await TestBus.StartAsync(errors.Configure);

        await bus.Bus.Publish(new ImportFile("ledger.csv"));

        var error = await errors.NextAsync();
        Assert.Equal(3, bus.Services.GetRequiredService<AttemptCounter>().Get("ledger.csv"));
        Assert.Equal("import of ledger.csv failed on attempt 3", error.Header(MessageHeaders.FaultMessage));
        Assert.Equal("2", error.Header(MessageHeaders.FaultRetryCount));
        Assert.Equal("application/msgpack", error.ContentType);
    }

    [Fact]
    public async Task Ignored_exception_is_not_retried()
    {
        var errors = new QueueCapture("rejections_error");
        await using var bus = await TestBus.StartAsync(errors.Configure);

        await bus.Bus.Publish(new RejectOrder("out of stock"));

        var error = await errors.NextAsync();
        Assert.Equal(1, bus.Services.GetRequiredService<AttemptCounter>().Get("out of stock"));
        Assert.Equal("out of stock", error.Header(MessageHeaders.FaultMessage));
        Assert.EndsWith(nameof(OrderRejectedException), error.Header(MessageHeaders.FaultExceptionType), StringComparison.Ordinal);
    }
}
