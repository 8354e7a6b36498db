using System;
using System.Diagnostics;
using System.Threading.Tasks;
using MassTransit;
using Messaging.Tests.EndToEnd.Contracts;
using Messaging.Tests.EndToEnd.Handlers;
using Messaging.Tests.EndToEnd.Infrastructure;
using Xunit;

namespace Messaging.Tests.EndToEnd;

/// <summary>
/// Distributed tracing through the MessagePack transport: with a listener on MassTransit's activity source (what an
/// OpenTelemetry tracer subscribes to), a handler runs in the trace of the code that published its message.
/// </summary>
[Collection(ListensToActivities.Name)]
public sealed class TracingTests
{
    [Fact]
    public async Task Handler_runs_in_the_trace_of_the_code_that_published_the_message()
    {
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "MassTransit" or nameof(TracingTests),
            Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        using var source = new ActivitySource(nameof(TracingTests));
        await using var bus = await EndToEndBus.StartAsync();
        var id = Guid.NewGuid();

        string traceId;
        using (var checkout = source.StartActivity("checkout"))
        {
            Assert.NotNull(checkout);
            traceId = checkout.TraceId.ToString();
            await bus.Bus.Publish(new ProbeTrace(id));
        }

        var (seenTraceId, operation) = await TraceHandlers.SeenAsync(id).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(traceId, seenTraceId);
        // The handler runs in MassTransit's span for processing the message on its queue, named as OpenTelemetry's
        // messaging conventions name it.
        Assert.Equal("e2e-trace process", operation);
    }
}

/// <summary>
/// An activity listener is process-wide: while one listens, every bus in the process adds trace headers. Tests that
/// listen run alone, so they cannot change the headers other tests check.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ListensToActivities
{
    public const string Name = "Tracing (alone)";
}
