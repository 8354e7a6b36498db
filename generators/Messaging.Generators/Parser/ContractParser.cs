using System;
using System.Collections.Generic;
using System.Threading;
using Messaging.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Messaging.Generators.Parser;

/// <summary>
/// Describes a <c>[Message]</c> type as the contract lock records it. The generator (which writes the contract when
/// asked) and the lock analyzer (which compares it) both come through here, so they cannot disagree.
/// </summary>
/// <remarks>
/// Fields come from <see cref="MessageTypeClassifier"/> (the same keys and shapes the formatter uses) and the entity
/// name from <see cref="MessageRouteClassifier"/>; nothing is classified twice in a different way.
/// </remarks>
internal static class ContractParser
{
    /// <summary>The generator's entry: the contract of the attributed type, or <see langword="null"/> when it gets no formatter or is malformed.</summary>
    public static ContractMessageSpec? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type)
        {
            return null;
        }

        try
        {
            return Describe(type, context.SemanticModel.Compilation, cancellationToken);
        }
#pragma warning disable CA1031 // A generator that throws breaks the whole build (CS8785); half-typed code must yield nothing instead.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    /// <summary>
    /// The contract of <paramref name="type"/>, a <c>[Message]</c> type of <paramref name="compilation"/>, or
    /// <see langword="null"/> when it gets no formatter (the message rules say why; the lock leaves it alone).
    /// </summary>
    public static ContractMessageSpec? Describe(INamedTypeSymbol type, Compilation compilation, CancellationToken cancellationToken)
    {
        var spec = MessageTypeClassifier.Classify(type, compilation, cancellationToken).Spec;
        if (spec is null)
        {
            return null;
        }

        var fields = new ContractFieldSpec[spec.Members.Count];
        for (var i = 0; i < fields.Length; i++)
        {
            var member = spec.Members[i];
            fields[i] = new ContractFieldSpec { Index = member.Key, Name = member.Name, Wire = WireTypeNames.Of(member.Shape) };
        }

        // Structs and types MassTransit cannot route have no entity; their fields still travel inside other messages.
        var route = type.TypeKind == TypeKind.Class ? MessageRouteClassifier.Classify(type, compilation).Spec : null;
        return new ContractMessageSpec
        {
            Type = spec.DottedName,
            Entity = route?.EntityName,
            Exchange = ExchangeKindOf(route),
            Fields = new EquatableArray<ContractFieldSpec>(fields),
        };
    }

    /// <summary>
    /// The exchange type RabbitMQ declares for a route (as <c>RabbitMqTopology.ExchangeTypeOf</c> chooses it): headers
    /// with routing headers, direct or topic with a routing key, else fanout; <c>none</c> without a route.
    /// </summary>
    public static string ExchangeKindOf(MessageRouteSpec? route) =>
        route is null ? NoExchange
        : route.RoutingHeaders.Count > 0 ? "headers"
        : route.RoutingKey is not null ? (route.DirectExchange ? "direct" : "topic")
        : "fanout";

    /// <summary>The lock's exchange kind of a message that has no route.</summary>
    public const string NoExchange = "none";

    /// <summary>The contract of an assembly: <paramref name="messages"/> (nulls skipped) in ordinal order of their type names.</summary>
    public static ContractSpec CreateContract(IEnumerable<ContractMessageSpec?> messages)
    {
        var list = new List<ContractMessageSpec>();
        foreach (var message in messages)
        {
            if (message is not null)
            {
                list.Add(message);
            }
        }

        list.Sort(static (left, right) => string.CompareOrdinal(left.Type, right.Type));
        return new ContractSpec { Messages = new EquatableArray<ContractMessageSpec>(list.ToArray()) };
    }
}
