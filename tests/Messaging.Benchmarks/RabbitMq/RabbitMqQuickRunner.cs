using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading.Tasks;
using Messaging.RabbitMq;

namespace Messaging.Benchmarks.RabbitMq;

/// <summary>
/// <c>--quick rabbitmq</c>: end-to-end publish + consume throughput over a real RabbitMQ on loopback, side by side in
/// one run — Messaging on <c>UseRabbitMq</c> publishing with <see cref="IMessagePublisher"/> and with <c>IBus.Publish</c>, the raw RabbitMQ.Client with the same confirm window and prefetch, and
/// Python's pika with a confirm per message — in interleaved rounds, comparing medians; plus the size of the reference
/// order on the wire, ours against MassTransit's JSON envelope.
/// </summary>
/// <remarks>
/// The broker is <c>MESSAGING_BENCH_RABBITMQ</c> (an <c>amqp://user:password@host:port/vhost</c> URI), by default the
/// local broker's default virtual host. Every queue and exchange the run declares is named <c>bench-…</c> and deleted
/// at the end.
/// </remarks>
internal static class RabbitMqQuickRunner
{
    /// <summary>Publishes in flight at once on the .NET sides: each batch is started, then awaited (confirmed).</summary>
    public const int ConfirmWindow = 100;

    /// <summary>The consumer prefetch of every side (and the dispatch concurrency of both .NET sides).</summary>
    public const ushort Prefetch = 100;

    public const string OrderUrn = "urn:message:Messaging.Benchmarks:OrderPlaced";

    private const int Rounds = 11;

    /// <summary>Unmeasured rounds of every side first: a service runs for days, its code long since compiled.</summary>
    private const int WarmUpRounds = 3;
    private const int MessagesPerRound = 5_000;

    /// <summary>pika confirms one message at a time, some 20 times slower: fewer messages keep its rounds as long.</summary>
    private const int PikaMessagesPerRound = 1_000;

    public static async Task<int> RunAsync()
    {
        var broker = new Uri(Environment.GetEnvironmentVariable("MESSAGING_BENCH_RABBITMQ") ?? "amqp://guest:guest@localhost:5672/");
        Console.WriteLine($"Broker: {broker.Host}:{broker.Port} vhost '{VirtualHost(broker)}'");

        await using var messaging = await MessagingSide.StartAsync(broker).ConfigureAwait(false);
        await using var raw = await RawClientSide.StartAsync(broker).ConfigureAwait(false);
        await using var pika = await PikaSide.StartAsync(broker).ConfigureAwait(false);

        // Before the classic side starts: the capture deletes the exchange it declared for MassTransit's message.
        var (direct, ours, envelope) = await WireCapture.RunAsync(broker, messaging).ConfigureAwait(false);
        await using var classic = await ClassicSide.StartAsync(broker).ConfigureAwait(false);
        // Messaging publishing two ways into the same generated handler; the last two split the IBus.Publish side in its
        // halves, each against the raw client: where its difference is.
        IThroughputSide[] sides =
        [
            new MessagingPublisherSide(messaging), raw, pika, classic, messaging, new RawToMessagingSide(raw), new MessagingToRawSide(messaging, raw),
        ];
        const int Publisher = 0, Raw = 1, Pika = 2, Classic = 3, Bus = 4, ConsumeHalf = 5, PublishHalf = 6;

        // Warm-up, until the JIT has compiled the hot paths at their final tier (MassTransit's take seconds; compiling
        // them during measured rounds would charge every side for the JIT's CPU) and channels and pools are full.
        for (var round = 0; round < WarmUpRounds; round++)
        {
            foreach (var side in sides)
            {
                await side.MeasureAsync(Count(side)).ConfigureAwait(false);
            }
        }

        var rates = new List<double>[sides.Length];
        var cpu = new CpuTotals[sides.Length];
        for (var i = 0; i < sides.Length; i++)
        {
            rates[i] = [];
        }

        var meter = CpuMeter.Create();

        for (var round = 0; round < Rounds; round++)
        {
            // Rotate which side goes first, so none always runs on a broker the previous side just loaded.
            for (var k = 0; k < sides.Length; k++)
            {
                var index = (round + k) % sides.Length;
                var side = sides[index];
                var before = ReadCpu(meter, side);
                rates[index].Add(await side.MeasureAsync(Count(side)).ConfigureAwait(false));
                var after = ReadCpu(meter, side);
                cpu[index] = new CpuTotals(cpu[index].Client + after.Client - before.Client, cpu[index].Broker + after.Broker - before.Broker, cpu[index].Messages + Count(side));
            }
        }

        Console.WriteLine($"End-to-end over RabbitMQ on loopback: publish {MessagesPerRound} OrderPlaced ({PikaMessagesPerRound} for pika; persistent, durable queue),");
        Console.WriteLine($"wait until all are consumed and acked; prefetch {Prefetch}; median of {Rounds} interleaved rounds");
        Console.WriteLine();
        Console.WriteLine($"{"side",-36} {"publishing",-24} {"msgs/s",9} {"min",9} {"max",9} {"client CPU µs/msg",18} {"broker CPU µs/msg",18}");
        var paired = new List<double>[sides.Length];
        var median = new double[sides.Length];
        for (var i = 0; i < sides.Length; i++)
        {
            paired[i] = PairedRatios(rates, i, Raw);
            rates[i].Sort();
            median[i] = rates[i][Rounds / 2];
            var brokerCpu = meter.MeasuresBroker ? (1e6 * cpu[i].Broker / cpu[i].Messages).ToString("F0", CultureInfo.InvariantCulture) : "n/a";
            Console.WriteLine($"{sides[i].Name,-36} {sides[i].Mode,-24} {median[i],9:F0} {rates[i][0],9:F0} {rates[i][^1],9:F0} {1e6 * cpu[i].Client / cpu[i].Messages,18:F0} {brokerCpu,18}");
        }

        Console.WriteLine("CPU per message over all measured rounds: the client's (this process; pika's own process) and the broker's (local beam.smp).");
        Console.WriteLine();
        string Versus(int side) =>
            $"{median[side] / median[Raw]:F2}x   median of per-round ratios: {paired[side][Rounds / 2]:F2}x (middle half {paired[side][Rounds / 4]:F2}-{paired[side][Rounds * 3 / 4]:F2})";
        Console.WriteLine($"Ratio Messaging IMessagePublisher / raw RabbitMQ.Client (goal: >= 0.9x): {Versus(Publisher)}");
        Console.WriteLine($"Ratio Messaging IMessagePublisher / pika (goal: >= 5x):                  {median[Publisher] / median[Pika]:F2}x");
        Console.WriteLine($"Messaging IBus.Publish / raw RabbitMQ.Client:                            {Versus(Bus)}");
        Console.WriteLine($"For context, MassTransit / raw RabbitMQ.Client:                          {Versus(Classic)}");
        Console.WriteLine($"  Messaging IMessagePublisher / MassTransit: {median[Publisher] / median[Classic]:F2}x   Messaging IBus.Publish / MassTransit: {median[Bus] / median[Classic]:F2}x");
        Console.WriteLine($"Where IBus.Publish's difference is, each half against the raw client (median of per-round ratios):");
        Console.WriteLine($"  consuming (raw publish -> Messaging handler): {paired[ConsumeHalf][Rounds / 2]:F2}x   publishing (Messaging send -> raw consumer): {paired[PublishHalf][Rounds / 2]:F2}x");
        Console.WriteLine();
        Console.WriteLine("The reference OrderPlaced on the wire (AMQP 0-9-1: basic.publish + content header + body, framing included):");
        Console.WriteLine($"{"",-36} {"content type",-34} {"body B",7} {"props+headers B",16} {"headers",8} {"total B",8}");
        Console.WriteLine($"{"Messaging (IMessagePublisher)",-36} {direct.ContentType,-34} {direct.Body,7} {direct.Properties,16} {direct.Headers.Length,8} {direct.Total,8}");
        Console.WriteLine($"{"Messaging (IBus.Publish)",-36} {ours.ContentType,-34} {ours.Body,7} {ours.Properties,16} {ours.Headers.Length,8} {ours.Total,8}");
        Console.WriteLine($"{"MassTransit (JSON envelope)",-36} {envelope.ContentType,-34} {envelope.Body,7} {envelope.Properties,16} {envelope.Headers.Length,8} {envelope.Total,8}");
        Console.WriteLine($"Body: {100.0 * ours.Body / envelope.Body:F1}% of the JSON envelope; whole message: {100.0 * direct.Total / envelope.Total:F1}% (IMessagePublisher), {100.0 * ours.Total / envelope.Total:F1}% (IBus.Publish)");
        Console.WriteLine($"Headers, IMessagePublisher: {string.Join(", ", direct.Headers)}");
        Console.WriteLine($"Headers, IBus.Publish: {string.Join(", ", ours.Headers)}");
        Console.WriteLine($"Headers, MassTransit: {string.Join(", ", envelope.Headers)} (the envelope carries the rest in the body)");
        return 0;
    }

    // Each round runs the sides back to back, so the ratio within a round is taken under the same machine load; its
    // median is steadier on a shared machine than the ratio of the medians. Sorted.
    private static List<double> PairedRatios(List<double>[] rates, int side, int baseline)
    {
        var ratios = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            ratios.Add(rates[side][round] / rates[baseline][round]);
        }

        ratios.Sort();
        return ratios;
    }

    private static (double Client, double Broker) ReadCpu(CpuMeter meter, IThroughputSide side)
    {
        var (client, broker) = meter.Read();
        return side.ClientProcessId is { } pid ? (CpuMeter.ReadProcess(pid), broker) : (client, broker);
    }

    private static int Count(IThroughputSide side) => side is PikaSide ? PikaMessagesPerRound : MessagesPerRound;

    private readonly record struct CpuTotals(double Client, double Broker, long Messages);

    /// <summary>Sets the connection options of a .NET side from the broker URI.</summary>
    public static void Apply(Uri broker, RabbitMqOptions options, string connectionName)
    {
        options.Host = broker.Host;
        options.Port = broker.IsDefaultPort || broker.Port <= 0 ? RabbitMqOptions.DefaultPort : broker.Port;
        options.VirtualHost = VirtualHost(broker);
        options.ConnectionName = connectionName;
        var user = broker.UserInfo.Split(':', 2);
        if (user[0].Length > 0)
        {
            options.UserName = Uri.UnescapeDataString(user[0]);
            options.Password = user.Length > 1 ? Uri.UnescapeDataString(user[1]) : "";
        }
    }

    private static string VirtualHost(Uri broker)
    {
        var path = broker.AbsolutePath.TrimStart('/');
        return path.Length == 0 ? "/" : Uri.UnescapeDataString(path);
    }
}
