using System;
using System.Collections.Concurrent;

namespace Messaging.Tests.Bus.Handlers;

/// <summary>Counts handler attempts per key (a singleton: attempts survive the per-attempt consume scopes).</summary>
public sealed class AttemptCounter
{
    private readonly ConcurrentDictionary<string, int> _attempts = new(StringComparer.Ordinal);

    public int Increment(string key) => _attempts.AddOrUpdate(key, 1, static (_, n) => n + 1);

    public int Get(string key) => _attempts.TryGetValue(key, out var n) ? n : 0;
}

public interface IPriceList
{
    decimal PriceOf(string sku);
}

public sealed class FixedPriceList : IPriceList
{
    public decimal PriceOf(string sku) => sku.Length * 1.25m;
}

/// <summary>A scoped service, so tests see that handler dependencies come from the consume scope.</summary>
public sealed class GreetingFormatter
{
    private static int s_instances;

    public GreetingFormatter()
    {
        Instance = System.Threading.Interlocked.Increment(ref s_instances);
    }

    public int Instance { get; }

    public string Format(string name) => $"Hello, {name}! (#{Instance})";
}

/// <summary>An exception the rejection handler's retry policy ignores.</summary>
public sealed class OrderRejectedException : Exception
{
    public OrderRejectedException()
    {
    }

    public OrderRejectedException(string message)
        : base(message)
    {
    }

    public OrderRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
