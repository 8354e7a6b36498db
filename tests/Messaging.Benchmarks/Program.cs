using System;
using BenchmarkDotNet.Running;
using Messaging.Benchmarks;

// --quick: the side-by-side check in under a minute; anything else goes to BenchmarkDotNet.
if (Array.IndexOf(args, "--quick") >= 0)
{
    return QuickRunner.Run();
}

BenchmarkSwitcher.FromAssembly(typeof(SerializationBenchmarks).Assembly).Run(args);
return 0;
