using System;
using System.Collections.Generic;

namespace Messaging.RabbitMq.Tests.Interop.Contracts;

/// <summary>An enum with an underlying int and a value beyond one byte.</summary>
public enum Priority
{
    Low = 1,
    High = 2,
    Urgent = 300,
}

/// <summary>
/// One member of every kind the wire format maps, for the Python interop tests. interop_peer.py builds the same
/// values in Python (<c>everything()</c>) and reads them back (<c>read_everything</c>); the order of the members is
/// the wire contract the two share.
/// </summary>
[Message("interop.everything")]
public sealed record Everything(
    string Text,
    bool Flag,
    byte Level,
    sbyte Delta,
    short Temperature,
    ushort Port,
    int Balance,
    uint Population,
    long Distance,
    ulong Checksum,
    double Ratio,
    float Weight,
    decimal Amount,
    Guid Id,
    DateTime At,
    DateTimeOffset Offset,
    TimeSpan Duration,
    Priority Priority,
    int? MissingNumber,
    int? PresentNumber,
    string? MissingText,
    IReadOnlyList<string> Tags,
    int[] Numbers,
    Dictionary<string, int> Counts,
    IReadOnlyDictionary<long, string> Names,
    Part Child,
    IReadOnlyList<Part> Parts,
    Part? MissingChild,
    byte[] Blob);

/// <summary>A nested message.</summary>
[Message]
public sealed record Part(string Name, decimal Price, IReadOnlyList<int> Sizes);

/// <summary>A request a Python client sends to a .NET handler.</summary>
[Message("interop.everything-query")]
public sealed record EverythingQuery(string Text);

/// <summary>The .NET handler's response to <see cref="EverythingQuery"/>.</summary>
[Message("interop.everything-answer")]
public sealed record EverythingAnswer(string Echo, int Length, Guid AnsweredBy);
