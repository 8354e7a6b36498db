using System.Collections.Generic;

#nullable disable

namespace Messaging.Tests.Generated.Contracts;

/// <summary>A contract compiled without nullable annotations, as older code bases are.</summary>
[Message]
public sealed record Oblivious(string Name, List<string> Tags, Dictionary<string, OrderLine> Lines, string[] Codes, OrderLine Line);

/// <summary>A class with a primary constructor whose parameters feed get-only properties.</summary>
[Message]
public sealed class Account(string name, decimal balance)
{
    public string Name { get; } = name;

    public decimal Balance { get; } = balance;
}
