namespace Messaging.Generators.Parser;

/// <summary>Why a <c>[Handler]</c> method gets no consumer. Analyzers map each kind to a diagnostic.</summary>
internal enum HandlerReasonKind
{
    /// <summary>The method has no parameters, so there is no message.</summary>
    NoMessageParameter,

    /// <summary>The first parameter's type is not a <c>[Message]</c> class.</summary>
    NotAMessage,

    /// <summary>The message is a <c>[Message]</c> class MassTransit cannot route (see <see cref="RouteReasonKind"/>).</summary>
    MessageNotRoutable,

    /// <summary>The method, or a type it is declared in, is generic.</summary>
    Generic,

    /// <summary>The method or its class is not accessible from generated code (private, protected, file-local).</summary>
    Inaccessible,

    /// <summary>The method is abstract.</summary>
    Abstract,

    /// <summary>The method is <c>async void</c>: its failures cannot be observed, retried or dead-lettered.</summary>
    AsyncVoid,

    /// <summary>A parameter is <c>ref</c>, <c>out</c> or <c>in</c>.</summary>
    RefParameter,

    /// <summary>
    /// A parameter cannot be supplied: a <c>ConsumeContext</c> of another message, a value type other than
    /// <c>CancellationToken</c>, a pointer or ref struct, or a type that does not resolve.
    /// </summary>
    UnsupportedParameter,

    /// <summary>The method returns something other than <c>void</c>, <c>Task</c>, <c>ValueTask</c>, a <c>[Message]</c> class or a task of one.</summary>
    UnsupportedReturnType,

    /// <summary>The method is not declared in a class or struct (or, for an instance method, not in a class).</summary>
    UnsupportedContainingType,

    /// <summary>An instance method's class cannot be created from services: abstract, no accessible constructor, unresolvable or required members.</summary>
    HandlerClassNotConstructible,

    /// <summary>The queue name is empty or has characters brokers reject.</summary>
    InvalidQueueName,

    /// <summary>A negative <c>PrefetchCount</c> or <c>ConcurrencyLimit</c>, or a setting that is not a valid constant.</summary>
    InvalidSetting,

    /// <summary>A <c>[Retry]</c> with a negative count or time, an unknown kind, or an ignored type that is not an accessible exception.</summary>
    InvalidRetry,
}
