namespace Messaging.Generators.Model;

/// <summary>What a handler method returns, which decides how its consumer completes.</summary>
internal enum HandlerReturnKind
{
    /// <summary><c>void</c>: the consumer returns <c>Task.CompletedTask</c>.</summary>
    Void,

    /// <summary><c>Task</c>: returned as it is.</summary>
    Task,

    /// <summary><c>ValueTask</c>: returned through <c>AsTask()</c>.</summary>
    ValueTask,

    /// <summary>A <c>[Message]</c> class: responded or published.</summary>
    Message,

    /// <summary><c>Task&lt;TMessage&gt;</c>: awaited, then responded or published.</summary>
    TaskOfMessage,

    /// <summary><c>ValueTask&lt;TMessage&gt;</c>: awaited, then responded or published.</summary>
    ValueTaskOfMessage,
}
