namespace Messaging.Generators.Tests.ContractLock;

/// <summary>The contract every lock test starts from, and helpers to write its lock with markup.</summary>
internal static class ContractLockSources
{
    /// <summary>The usings and namespace every test source starts with.</summary>
    public const string Header = """
        using System;
        using System.Collections.Generic;
        using Messaging;

        namespace Shop.Contracts;

        """;

    /// <summary>Two messages: the contract the lock is written from.</summary>
    public const string Before = Header + """
        [Message("shop.order-placed")]
        public sealed record OrderPlaced(Guid OrderId, string Region, decimal Total);

        [Message("shop.order-shipped")]
        public sealed record OrderShipped(Guid OrderId, string TrackingNumber);
        """;

    /// <summary>The lock of <see cref="Before"/>, written as the build writes it.</summary>
    public static string BeforeLock => ContractLockHarness.WriteLock(Before);

    /// <summary>The lock of <see cref="Before"/> with <paramref name="text"/> (its first occurrence) marked for <paramref name="id"/>.</summary>
    public static string BeforeLockMarking(string text, string id)
    {
        var lockText = BeforeLock;
        var at = lockText.IndexOf(text, System.StringComparison.Ordinal);
        Xunit.Assert.True(at >= 0, $"'{text}' is not in the lock:\n{lockText}");
        return lockText[..at] + "{|" + id + ":" + text + "|}" + lockText[(at + text.Length)..];
    }
}
