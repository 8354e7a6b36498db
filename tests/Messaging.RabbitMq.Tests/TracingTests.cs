using System;
using System.Diagnostics;
using System.Threading.Tasks;
using MassTransit;
using Messaging.RabbitMq.Tests.Contracts;
using Messaging.RabbitMq.Tests.Handlers;
using Messaging.RabbitMq.Tests.Infrastructure;
using Messaging.RabbitMq.Tests.Interop.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Xunit.Abstractions;

namespace Messaging.RabbitMq.Tests;

/// <summary>
/// Distributed tracing over RabbitMQ: with a listener on MassTransit's activity source (what an OpenTelemetry tracer
/// subscribes to), the trace travels in an AMQP header beside the MessagePack body and the handler runs in it.
/// </summary>
[Collection(ListensToActivities.Name)]
public sealed class TracingTests(VirtualHostFixture vhost, ITestOutputHelper output) : IClassFixture<VirtualHostFixture>
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
        await using var bus = await RabbitBus.StartAsync(vhost.Name, new HandlerProbe());
        await Broker.BindTapAsync(vhost.Name, "trace-tap", "rmq.traced");
        var id = Guid.NewGuid();

        string traceId;
        using (var checkout = source.StartActivity("checkout"))
        {
            Assert.NotNull(checkout);
            traceId = checkout.TraceId.ToString();
            await bus.Bus.Publish(new Traced(id));
        }

        Assert.Equal(traceId, await TraceHandlers.TraceOfAsync(id).WaitAsync(TimeSpan.FromSeconds(30)));
        // On the wire: a W3C traceparent (version-trace-span-flags) in MassTransit's MT-Activity-Id header, which a
        // peer in another language reads or sets to take part in the trace (docs/wire-format.md).
        var wire = await Broker.TakeOneAsync(vhost.Name, "trace-tap");
        var headers = wire.Properties.GetProperty("headers");
        output.WriteLine(headers.ToString());
        var carrier = Assert.Single(headers.EnumerateObject(), h => h.Value.ToString().Contains(traceId, StringComparison.Ordinal));
        Assert.Equal("MT-Activity-Id", carrier.Name);
        Assert.Matches($"^00-{traceId}-[0-9a-f]{{16}}-01$", carrier.Value.GetString());
    }

    [Fact]
    public async Task Direct_publish_carries_the_trace_in_a_producer_span_the_handler_runs_under()
    {
        var stopped = new System.Collections.Concurrent.ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "MassTransit" or RabbitMqMessagePublisher.ActivitySourceName or nameof(TracingTests),
            Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        using var source = new ActivitySource(nameof(TracingTests));
        await using var bus = await RabbitBus.StartAsync(vhost.Name, new HandlerProbe());
        await Broker.BindTapAsync(vhost.Name, "direct-trace-tap", "rmq.traced");
        var publisher = bus.Services.GetRequiredService<IMessagePublisher>();
        var id = Guid.NewGuid();

        string traceId;
        string checkoutSpan;
        using (var checkout = source.StartActivity("checkout"))
        {
            Assert.NotNull(checkout);
            traceId = checkout.TraceId.ToString();
            checkoutSpan = checkout.SpanId.ToString();
            await publisher.PublishAsync(new Traced(id));
        }

        Assert.Equal(traceId, await TraceHandlers.TraceOfAsync(id).WaitAsync(TimeSpan.FromSeconds(30)));
        // The publisher's producer span, a child of the caller's, is the parent the header names.
        var publish = Assert.Single(stopped, a => a.Source.Name == RabbitMqMessagePublisher.ActivitySourceName);
        Assert.Equal("rmq.traced publish", publish.DisplayName);
        Assert.Equal(ActivityKind.Producer, publish.Kind);
        Assert.Equal(checkoutSpan, publish.ParentSpanId.ToString());
        var wire = await Broker.TakeOneAsync(vhost.Name, "direct-trace-tap");
        Assert.Equal($"00-{traceId}-{publish.SpanId}-01", wire.Header("MT-Activity-Id"));
    }

    [Fact]
    public async Task Pika_message_with_a_traceparent_is_handled_in_that_trace()
    {
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "MassTransit",
            Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        await using var bus = await RabbitBus.StartAsync(vhost.Name, new HandlerProbe());
        var id = Guid.NewGuid();
        var traceId = ActivityTraceId.CreateRandom();

        // What a Python service's tracer knows of its current span, in samples/python/messaging_wire.py's TRACE_HEADER.
        await PythonPeer.RunJsonAsync("traced", "--url", PythonPeer.Url(vhost.Name), "--exchange", "rmq.traced",
            "--id", id.ToString(), "--traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");

        Assert.Equal(traceId.ToString(), await TraceHandlers.TraceOfAsync(id).WaitAsync(TimeSpan.FromSeconds(30)));
    }
}

/// <summary>
/// An activity listener is process-wide: while one listens, every bus in the process adds trace headers. Tests that
/// listen run alone, so they cannot change the headers other tests check.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ListensToActivities
{
    public const string Name = "Process-wide listeners (alone)";
}
