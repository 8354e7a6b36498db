using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading.Tasks;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using ConsumerSide = Messaging.Benchmarks.Startup.Consumers;
using HandlerSide = Messaging.Benchmarks.Startup.Handlers;

namespace Messaging.Benchmarks;

/// <summary>
/// One cold start-up measurement, run in a fresh process by <see cref="StartupRunner"/>
/// (<c>--startup-child generated|classic</c>): the time from an empty <see cref="ServiceCollection"/> to the first
/// message consumed on a bus with 500 handlers, in phases, with the JIT and allocation counters of each phase.
/// </summary>
/// <remarks>
/// The clock starts before anything of MassTransit or Messaging is loaded: the measured code sits in methods of its
/// own that the JIT compiles only when they are first called, so type loading and JIT are inside the phases, which is
/// where a real application pays for them.
/// </remarks>
internal static class StartupChild
{
    /// <summary>The prefix of the one result line the parent parses.</summary>
    public const string ResultPrefix = "STARTUP-RESULT ";

    public static int Run(string side)
    {
        var phases = new Phases();
        switch (side)
        {
            case "generated":
                RunGenerated(phases).GetAwaiter().GetResult();
                break;
            case "classic":
                RunClassic(phases).GetAwaiter().GetResult();
                break;
            default:
                Console.Error.WriteLine($"--startup-child: expected generated or classic, got '{side}'");
                return 2;
        }

        Console.WriteLine(ResultPrefix + phases.Format());
        Console.Out.Flush();

        // Exit without stopping the bus: stopping 500 endpoints is not start-up.
        Environment.Exit(0);
        return 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task RunGenerated(Phases phases)
    {
        var services = new ServiceCollection();
        services.AddMessaging(bus =>
            {
                bus.AddMessagingBenchmarksStartupHandlers();
                phases.Mark("handlers");
            })
            // Called by UseInMemory between our bus configuration (serializers, 500 message topologies, send
            // conventions) and the 500 receive endpoints.
            .UseInMemory(cfg =>
            {
                phases.Mark("callback");
                cfg.ConnectEndpointConfigurationObserver(new LastEndpointConfigured(phases));
                cfg.ConnectBusObserver(new BusCreated(phases));
            });
        phases.Mark("register");

        var provider = services.BuildServiceProvider();
        phases.Mark("provider");

        var bus = provider.GetRequiredService<IBusControl>();
        phases.Mark("create");

        await bus.StartAsync().ConfigureAwait(false);
        phases.Mark("start");

        var consumed = HandlerSide.Probe.Expect(1);
        await bus.Publish(new HandlerSide.M000(Guid.NewGuid(), 1, "first")).ConfigureAwait(false);
        await consumed.WaitAsync(TimeSpan.FromMinutes(2)).ConfigureAwait(false);
        phases.Mark("first");

        // Neither the container nor the bus is disposed: stopping 500 endpoints is not start-up, and Run exits the process.
        GC.KeepAlive(provider);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task RunClassic(Phases phases)
    {
        var services = new ServiceCollection();
        services.AddMassTransit(x =>
        {
            // As on our side: no usage telemetry posted to masstransit.io while we measure.
            x.DisableUsageTelemetry();
            x.AddConsumers(typeof(ConsumerSide.M000Consumer).Assembly);
            phases.Mark("handlers");
            x.UsingInMemory((context, cfg) =>
            {
                phases.Mark("callback");
                cfg.ConnectEndpointConfigurationObserver(new LastEndpointConfigured(phases));
                cfg.ConnectBusObserver(new BusCreated(phases));
                cfg.ConfigureEndpoints(context);
            });
        });
        phases.Mark("register");

        var provider = services.BuildServiceProvider();
        phases.Mark("provider");

        var bus = provider.GetRequiredService<IBusControl>();
        phases.Mark("create");

        await bus.StartAsync().ConfigureAwait(false);
        phases.Mark("start");

        var consumed = ConsumerSide.Probe.Expect(1);
        await bus.Publish(new ConsumerSide.M000(Guid.NewGuid(), 1, "first")).ConfigureAwait(false);
        await consumed.WaitAsync(TimeSpan.FromMinutes(2)).ConfigureAwait(false);
        phases.Mark("first");

        // Neither the container nor the bus is disposed: stopping 500 endpoints is not start-up, and Run exits the process.
        GC.KeepAlive(provider);
    }

    /// <summary>Marks the end of endpoint configuration: the last endpoint the bus configured.</summary>
    private sealed class LastEndpointConfigured(Phases phases) : IEndpointConfigurationObserver
    {
        public void EndpointConfigured<T>(T configurator)
            where T : IReceiveEndpointConfigurator => phases.MarkLatest("endpoints");
    }

    /// <summary>Marks the bus created (endpoints built), before the container hands it out.</summary>
    private sealed class BusCreated(Phases phases) : IBusObserver
    {
        public void PostCreate(IBus bus) => phases.MarkLatest("built");

        public void CreateFaulted(Exception exception)
        {
        }

        public Task PreStart(IBus bus) => Task.CompletedTask;

        public Task PostStart(IBus bus, Task<BusReady> busReady) => Task.CompletedTask;

        public Task StartFaulted(IBus bus, Exception exception) => Task.CompletedTask;

        public Task PreStop(IBus bus) => Task.CompletedTask;

        public Task PostStop(IBus bus) => Task.CompletedTask;

        public Task StopFaulted(IBus bus, Exception exception) => Task.CompletedTask;
    }

    /// <summary>
    /// Checkpoints since the clock started: elapsed time, methods JIT-compiled, JIT time and bytes allocated. A
    /// phase's figures are the differences to the previous checkpoint.
    /// </summary>
    internal sealed class Phases
    {
        private readonly Stopwatch _watch = Stopwatch.StartNew();
        private readonly List<(string Name, double Ms, long Jitted, double JitMs, long Allocated)> _marks = [];
        private readonly object _gate = new();

        public Phases()
        {
            _marks.Add(Take("begin"));
        }

        public void Mark(string name)
        {
            var mark = Take(name);
            lock (_gate)
            {
                _marks.Add(mark);
            }
        }

        /// <summary>
        /// Records <paramref name="name"/> now, moving an earlier record of it to the end (an observer that fires many
        /// times keeps the last, in the order it happened: an endpoint configured during the first message counts there).
        /// </summary>
        public void MarkLatest(string name)
        {
            var mark = Take(name);
            lock (_gate)
            {
                _marks.RemoveAll(m => m.Name == name);
                _marks.Add(mark);
            }
        }

        /// <summary><c>name=ms/jitted/jitMs/allocatedBytes</c> per checkpoint, cumulative, in the order taken.</summary>
        public string Format()
        {
            var text = new StringBuilder();
            lock (_gate)
            {
                foreach (var (name, ms, jitted, jitMs, allocated) in _marks)
                {
                    text.Append(CultureInfo.InvariantCulture, $"{name}={ms:F1}/{jitted}/{jitMs:F1}/{allocated} ");
                }
            }

            return text.ToString().TrimEnd();
        }

        private (string Name, double Ms, long Jitted, double JitMs, long Allocated) Take(string name) =>
            (name, _watch.Elapsed.TotalMilliseconds, System.Runtime.JitInfo.GetCompiledMethodCount(),
                System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds, GC.GetTotalAllocatedBytes());
    }
}
