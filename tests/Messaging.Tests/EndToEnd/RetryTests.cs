using System;
using System.Threading.Tasks;
using MassTransit;
using Messaging.Serialization;
using Messaging.Tests.Bus.Infrastructure;
using Messaging.Tests.EndToEnd.Contracts;
using Messaging.Tests.EndToEnd.Handlers;
using Messaging.Tests.EndToEnd.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Messaging.Tests.EndToEnd;

/// <summary>[Retry] on generated consumers: the retry count, the error queue, ignored exceptions.</summary>
public sealed class RetryTests
{
    private static Task<EndToEndBus> StartAsync(QueueCapture errors) =>
        EndToEndBus.StartAsync(services => services.AddSingleton<AttemptLog>(), errors.Configure);

    [Fact]
    public async Task Handler_with_retry_2_that_fails_twice_succeeds_on_the_third_attempt_and_nothing_reaches_the_error_queue()
    {
        var errors = new QueueCapture("e2e-flaky-charges_error");
        await using var bus = await StartAsync(errors);
        var charge = new FlakyCharge(Guid.NewGuid(), FailuresBeforeSuccess: 2);

        await bus.Bus.Publish(charge);

        var call = await bus.Probe.WaitOneAsync("flaky-charges");
        Assert.Equal(charge, call.Message);
        Assert.Equal(3, call.DetailAs<int>());
        Assert.Equal(3, bus.Services.GetRequiredService<AttemptLog>().Count(charge.ChargeId));
        Assert.Empty(await errors.DrainAsync(bus.Bus));
    }

    [Fact]
    public async Task Handler_that_always_fails_ends_in_the_error_queue_after_retry_count_plus_one_attempts()
    {
        var errors = new QueueCapture("e2e-doomed-imports_error");
        await using var bus = await StartAsync(errors);
        var import = new DoomedImport(Guid.NewGuid(), "ledger.csv");

        await bus.Bus.Publish(import);

        var error = await errors.NextAsync();
        // [Retry(3)]: the first attempt and three retries.
        Assert.Equal(4, bus.Services.GetRequiredService<AttemptLog>().Count(import.ImportId));
        Assert.Equal("import of ledger.csv failed on attempt 4", error.Header(MessageHeaders.FaultMessage));
        Assert.Equal("3", error.Header(MessageHeaders.FaultRetryCount));
        Assert.Equal("application/msgpack", error.ContentType);
        Assert.Equal(import, WireSerializer.Deserialize<DoomedImport>(error.Body));
    }

    [Fact]
    public async Task Ignored_exception_is_not_retried_and_goes_to_the_error_queue_at_once()
    {
        var errors = new QueueCapture("e2e-rejections_error");
        await using var bus = await StartAsync(errors);
        var parcel = new RejectParcel(Guid.NewGuid(), Ignorable: true);

        await bus.Bus.Publish(parcel);

        var error = await errors.NextAsync();
        Assert.Equal(1, bus.Services.GetRequiredService<AttemptLog>().Count(parcel.ParcelId));
        Assert.Equal("parcel rejected on attempt 1", error.Header(MessageHeaders.FaultMessage));
        Assert.EndsWith("." + nameof(ParcelRejectedException), error.Header(MessageHeaders.FaultExceptionType), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exception_not_in_the_ignore_list_of_the_same_handler_is_retried()
    {
        var errors = new QueueCapture("e2e-rejections_error");
        await using var bus = await StartAsync(errors);
        var parcel = new RejectParcel(Guid.NewGuid(), Ignorable: false);

        await bus.Bus.Publish(parcel);

        var error = await errors.NextAsync();
        // [Retry(4, Ignore = ...)]: the first attempt and four retries.
        Assert.Equal(5, bus.Services.GetRequiredService<AttemptLog>().Count(parcel.ParcelId));
        Assert.Equal("parcel failed on attempt 5", error.Header(MessageHeaders.FaultMessage));
    }

    [Fact]
    public async Task Request_to_a_handler_that_fails_faults_the_requester_with_the_exception()
    {
        var errors = new QueueCapture("e2e-rejections_error");
        await using var bus = await StartAsync(errors);
        using var scope = bus.Services.CreateScope();
        var client = scope.ServiceProvider.GetRequiredService<IRequestClient<RejectParcel>>();
        var parcel = new RejectParcel(Guid.NewGuid(), Ignorable: true);

        var fault = await Assert.ThrowsAsync<RequestFaultException>(
            () => client.GetResponse<ShapeReply>(parcel, timeout: RequestTimeout.After(s: 30)));

        var exception = Assert.Single(fault.Fault!.Exceptions);
        Assert.Equal("parcel rejected on attempt 1", exception.Message);
        Assert.EndsWith("." + nameof(ParcelRejectedException), exception.ExceptionType, StringComparison.Ordinal);
        Assert.Equal(parcel, ((Fault<RejectParcel>)fault.Fault).Message);
    }
}
