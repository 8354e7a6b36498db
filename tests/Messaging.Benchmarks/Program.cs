using System;
using BenchmarkDotNet.Running;
using Messaging.Benchmarks;

// --startup-child: one cold start-up measurement, spawned by the start-up part of --quick (see README.md).
var child = Array.IndexOf(args, "--startup-child");
if (child >= 0)
{
    return StartupChild.Run(child + 1 < args.Length ? args[child + 1] : "");
}

// --quick [serialization|bus|startup|rabbitmq] [--runs N]: the side-by-side check in about two minutes.
if (Array.IndexOf(args, "--quick") >= 0)
{
    return QuickRunner.Run(args);
}

// Anything else goes to BenchmarkDotNet (a method of its own, so a start-up child never loads it).
return RunBenchmarkDotNet(args);

static int RunBenchmarkDotNet(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(SerializationBenchmarks).Assembly).Run(args);
    return 0;
}
