namespace Messaging.Generators.Parser;

/// <summary>Why a message type gets no route (and handlers of it are skipped). Analyzers map each kind to a diagnostic.</summary>
internal enum RouteReasonKind
{
    /// <summary>The type has no <c>[Message]</c>.</summary>
    NotAMessage,

    /// <summary>Not a class (a struct, interface, enum or static class): MassTransit routes reference types.</summary>
    NotAClass,

    /// <summary>Generic, or nested in a generic type.</summary>
    Generic,

    /// <summary>Abstract: no message of exactly this type can be read.</summary>
    Abstract,

    /// <summary>In the global namespace: MassTransit requires message types to have a namespace.</summary>
    NoNamespace,

    /// <summary>Not accessible from generated code in the registering assembly.</summary>
    Inaccessible,

    /// <summary>The entity name is empty or has characters brokers reject.</summary>
    InvalidEntityName,

    /// <summary>A <c>[MessageUrn]</c> MassTransit would reject when the type is first used.</summary>
    InvalidMessageUrn,

    /// <summary>More than one member has <c>[RoutingKey]</c>, or more than one has <c>[PartitionKey]</c>.</summary>
    DuplicateKey,

    /// <summary>A key member is static, not public, or not readable.</summary>
    InvalidKeyMember,

    /// <summary>A key member's type has no string conversion (only strings, numbers, <c>bool</c>, <c>char</c>, dates, <c>Guid</c>, <c>TimeSpan</c>, enums and their nullables do).</summary>
    UnsupportedKeyType,
}
