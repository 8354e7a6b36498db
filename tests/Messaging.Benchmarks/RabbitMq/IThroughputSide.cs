using System;
using System.Threading.Tasks;

namespace Messaging.Benchmarks.RabbitMq;

/// <summary>One side of the RabbitMQ throughput comparison: publishes orders and waits until they are all consumed.</summary>
internal interface IThroughputSide : IAsyncDisposable
{
    string Name { get; }

    /// <summary>How it publishes and consumes, for the report.</summary>
    string Mode { get; }

    /// <summary>The process that does the side's client work, when it is not this one (the Python side's).</summary>
    int? ClientProcessId => null;

    /// <summary>Publishes <paramref name="count"/> reference orders and returns once all are consumed: messages per second.</summary>
    Task<double> MeasureAsync(int count);
}
