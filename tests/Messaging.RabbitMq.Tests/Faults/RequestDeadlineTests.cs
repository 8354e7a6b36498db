using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using MassTransit;
using Messaging.RabbitMq.Tests.Contracts;
using Messaging.RabbitMq.Tests.Infrastructure;
using Messaging.Testing;
using Xunit;
using Xunit.Abstractions;

namespace Messaging.RabbitMq.Tests.Faults;

/// <summary>
/// 2,000 requests, 100 at a time, across a restart of the node: each <see cref="RequestClientExtensions.GetResponseWithinAsync{TRequest, TResponse}"/>
/// call returns its own response or fails with <see cref="RequestTimeoutException"/> within its timeout plus the stated
/// margin — none hangs, none gets another caller's response.
/// </summary>
[Collection(OwnNodes.Name)]
public sealed class RequestDeadlineTests(ITestOutputHelper output)
{
    private const int Requests = 2_000;
    private const int Batch = 100;

    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(5);

    // What the guide states: the call returns within the timeout plus this (thread-pool latency on a loaded machine).
    private static readonly TimeSpan s_margin = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Every_request_returns_its_own_response_or_times_out_within_its_timeout_across_a_node_restart()
    {
        await using var node = new RabbitMqNode("requests");
        await node.StartAsync();
        await using var bus = await OwnNodes.StartBusAsync(new HandlerProbe(), nodes: node);
        var client = bus.Bus.CreateRequestClient<GetQuote>();
        var durations = new ConcurrentBag<TimeSpan>();
        int answered = 0, timedOut = 0, wrong = 0, hung = 0;
        var otherFailures = new ConcurrentBag<Exception>();

        async Task RequestAsync()
        {
            var request = new GetQuote(Guid.NewGuid(), "sku-" + Random.Shared.Next(1, 1000));
            var watch = Stopwatch.StartNew();
            var call = client.GetResponseWithinAsync<GetQuote, Quote>(request, s_timeout);
            // Far beyond the margin: a call still running then is counted as hung.
            if (await Task.WhenAny(call, Task.Delay(s_timeout + TimeSpan.FromMinutes(1))) != call)
            {
                System.Threading.Interlocked.Increment(ref hung);
                return;
            }

            durations.Add(watch.Elapsed);
            try
            {
                var response = await call;
                System.Threading.Interlocked.Increment(ref response.Message.QuoteId == request.QuoteId ? ref answered : ref wrong);
            }
            catch (RequestTimeoutException)
            {
                System.Threading.Interlocked.Increment(ref timedOut);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                otherFailures.Add(exception);
            }
        }

        Task BatchAsync() => Task.WhenAll(Enumerable.Range(0, Batch).Select(_ => RequestAsync()));

        for (var i = 0; i < 10; i++)
        {
            await BatchAsync();
        }

        // Batches under way as the node stops, one made while it is down, then more as it comes back.
        var stop = node.StopAsync();
        var during = BatchAsync();
        await stop;
        var whileDown = BatchAsync();
        var start = node.StartAsync();
        await Task.WhenAll(during, whileDown, start);
        // Until answers come again (the bus reconnects and declares its response queue anew) and 2,000 requests have
        // been made: at most 30 batches.
        var answeredAfterRestart = 0;
        for (var i = 0; i < 30 && (answeredAfterRestart < Batch || durations.Count + hung < Requests); i++)
        {
            var before = answered;
            await BatchAsync();
            answeredAfterRestart = answered - before;
        }

        var longest = durations.Max();
        output.WriteLine($"requests={durations.Count + hung} answered-in-last-batch={answeredAfterRestart}/{Batch} answered={answered} timed-out={timedOut} other-failures={otherFailures.Count} wrong-response={wrong} hung={hung} longest={longest.TotalSeconds:F1} s (timeout {s_timeout.TotalSeconds} s + margin {s_margin.TotalSeconds} s)");
        foreach (var failure in otherFailures.Take(3))
        {
            output.WriteLine(failure.ToString());
        }

        Assert.Equal(0, hung);
        Assert.Equal(0, wrong);
        Assert.Empty(otherFailures);
        Assert.True(longest <= s_timeout + s_margin, $"a request took {longest}");
        Assert.Equal(Batch, answeredAfterRestart);
        Assert.True(durations.Count + hung >= Requests, $"{durations.Count + hung} requests made");
    }
}
