using Microsoft.CodeAnalysis;

namespace Messaging.Generators.Diagnostics;

// The rules on how messages and handlers are declared. Errors for what would fail at start-up, at run time or on the
// wire; warnings for what works but loses something the user probably expects. Each message says what is wrong, where,
// and how to fix it; docs/diagnostics.md explains why at length.
internal static partial class DiagnosticDescriptors
{
    private const string Messages = "Messaging.Messages";
    private const string Handlers = "Messaging.Handlers";
    private const string Routing = "Messaging.Routing";

    /// <summary>MSG0001: a message class in the global namespace.</summary>
    public static readonly DiagnosticDescriptor MessageWithoutNamespace = Create(
        "MSG0001", "Message type must be in a namespace",
        "'{0}' is in the global namespace, so it gets no route: MassTransit cannot publish, send or consume it; declare it in a namespace",
        Messages, DiagnosticSeverity.Error,
        "MassTransit derives a message's identity (its URN and default entity name) from its namespace and refuses types without one.");

    /// <summary>MSG0002: a struct message, which gets a formatter but no route.</summary>
    /// <remarks>
    /// Info, not a warning: a struct used as a value inside other messages is a supported, common shape, and every
    /// way to send one on its own is stopped elsewhere (MassTransit's Send and Publish require a class; a handler of it
    /// is MSG0102).
    /// </remarks>
    public static readonly DiagnosticDescriptor StructMessage = Create(
        "MSG0002", "A struct message gets a formatter but no route",
        "'{0}' is a struct: it gets a MessagePack formatter and can be a member of other messages, but no route, so it cannot be published, sent, requested or handled; make it a class or record class to send it on its own",
        Messages, DiagnosticSeverity.Info,
        "MassTransit routes reference types only. A struct marked [Message] is still serialized as part of other messages.");

    /// <summary>MSG0003: a generic message, or one nested in a generic type.</summary>
    public static readonly DiagnosticDescriptor GenericMessage = Create(
        "MSG0003", "Message type must not be generic",
        "'{0}' is generic or nested in a generic type, so it gets neither a formatter nor a route; declare one closed, non-generic message type per payload",
        Messages, DiagnosticSeverity.Error,
        "An open generic type has no single wire contract and no single entity name.");

    /// <summary>MSG0004: an abstract or static message type, or a ref struct.</summary>
    public static readonly DiagnosticDescriptor MessageNotInstantiable = Create(
        "MSG0004", "Message type cannot be instantiated",
        "'{0}' {1}, so no message of it can be read and it gets neither a formatter nor a route; make it a concrete class, record or struct",
        Messages, DiagnosticSeverity.Error,
        "Reading a message creates an instance of exactly the declared type.");

    /// <summary>MSG0005: a serialized member whose type has no wire mapping.</summary>
    public static readonly DiagnosticDescriptor UnserializableMember = Create(
        "MSG0005", "Message member cannot be serialized",
        "'{0}.{1}' cannot be serialized: {2}; use a type with a wire mapping (the wire format's type table, linked from this diagnostic's help) or a [Message] type, let MessagePack-CSharp write it (a [MessagePackObject] or [MessagePackFormatter] type, or [UseMessagePackCSharp] on the member for a formatter your resolver supplies, with the Messaging.MessagePackCSharp package), or make the member non-public to leave it off the wire",
        Messages, DiagnosticSeverity.Error,
        "Every public field and property of a message travels on the wire, so each needs a MessagePack mapping: ours, or MessagePack-CSharp's through the Messaging.MessagePackCSharp bridge. The message gets no formatter, and neither do messages that contain it.");

    /// <summary>MSG0006: two members with the same [WireKey] index.</summary>
    public static readonly DiagnosticDescriptor DuplicateKey = Create(
        "MSG0006", "Duplicate [WireKey] index",
        "{0}; two members cannot share a position in the wire array: give '{1}' an unused index",
        Messages, DiagnosticSeverity.Error,
        "[WireKey(n)] is the member's position in the MessagePack array; each position holds one member.");

    /// <summary>MSG0007: a negative or non-constant [WireKey] index.</summary>
    public static readonly DiagnosticDescriptor InvalidKey = Create(
        "MSG0007", "Invalid [WireKey] index",
        "The [WireKey] of '{0}.{1}' must be a non-negative constant: it is a position in the wire array",
        Messages, DiagnosticSeverity.Error,
        "[WireKey(n)] is the member's position in the MessagePack array, counted from 0.");

    /// <summary>MSG0008: some members have [WireKey] and others do not.</summary>
    public static readonly DiagnosticDescriptor MixedKeys = Create(
        "MSG0008", "Explicit and implicit keys are mixed",
        "'{0}.{1}' has no [WireKey] while other members of '{0}' do, so its position on the wire is undefined; give every serialized member a [WireKey], or remove them all",
        Messages, DiagnosticSeverity.Error,
        "Positions are either all explicit ([WireKey]) or all implicit (declaration order).");

    /// <summary>MSG0009: no constructor generated code can call when reading.</summary>
    public static readonly DiagnosticDescriptor NoUsableConstructor = Create(
        "MSG0009", "Message cannot be constructed when read",
        "'{0}' has no accessible constructor whose parameters all match serialized members (by name and type), and no accessible parameterless constructor, so a received message cannot be created; add one",
        Messages, DiagnosticSeverity.Error,
        "The generated formatter creates the message through a public or internal constructor whose parameters are its members, or a parameterless one and setters.");

    /// <summary>MSG0010: a required member generated code cannot set.</summary>
    public static readonly DiagnosticDescriptor RequiredMemberNotSettable = Create(
        "MSG0010", "Required member cannot be set when read",
        "The required member '{0}.{1}' is not serialized (only public, settable members are), so a received message cannot be created with it set; make it public with a set or init accessor, or set it in a constructor marked [SetsRequiredMembers]",
        Messages, DiagnosticSeverity.Error,
        "A required member must be set when the message is created, and the formatter can only set public, settable members.");

    /// <summary>MSG0011: a read-only member that is not set by the constructor, so it never travels.</summary>
    public static readonly DiagnosticDescriptor MemberNotSerialized = Create(
        "MSG0011", "Read-only member is not serialized",
        "'{0}.{1}' is read-only and not set by the constructor the formatter calls, so it is not sent and a received message has its default value; add an init accessor or a matching constructor parameter, or make it non-public",
        Messages, DiagnosticSeverity.Warning,
        "The formatter can only restore members it can set. Computed properties (with a getter body) are not affected.");

    /// <summary>MSG0012: a message type generated code cannot reach.</summary>
    public static readonly DiagnosticDescriptor InaccessibleMessage = Create(
        "MSG0012", "Message type is not accessible",
        "'{0}' is not accessible from generated code in its assembly, so it gets neither a formatter nor a route; make it public or internal, and not nested in a private type or file-local",
        Messages, DiagnosticSeverity.Error,
        "Generated formatters and registrations are ordinary code in the same assembly.");

    /// <summary>MSG0013: two messages whose generated formatter names collide.</summary>
    public static readonly DiagnosticDescriptor FormatterNameCollision = new(
        "MSG0013", "Generated formatter names collide",
        "'{0}' and '{1}' map to the same generated formatter name '{2}', so neither gets a formatter; rename one of them",
        Messages, DiagnosticSeverity.Error, isEnabledByDefault: true,
        "Formatter names join the namespace and type names with '_' and must be unique ignoring case.",
        HelpLinkBase + "msg0013", WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>MSG0014: a message that contains a message of the assembly that gets no formatter.</summary>
    public static readonly DiagnosticDescriptor DependsOnUnsupportedMessage = new(
        "MSG0014", "Message contains a message that gets no formatter",
        "'{0}' contains '{1}', which gets no formatter, so '{0}' gets none either; fix '{1}' (see its diagnostic)",
        Messages, DiagnosticSeverity.Error, isEnabledByDefault: true,
        "A formatter writes nested messages with their own formatters; when one is missing, every message containing it is left out too.",
        HelpLinkBase + "msg0014", WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>MSG0015: two message types with one message URN.</summary>
    public static readonly DiagnosticDescriptor DuplicateMessageUrn = new(
        "MSG0015", "Two messages with the same message URN",
        "'{0}' and '{1}' have the same message URN '{2}' (URNs compare ignoring case): a receiver cannot tell their messages apart and the bus refuses to start; give one another [MessageUrn], namespace or name",
        Messages, DiagnosticSeverity.Error, isEnabledByDefault: true,
        "The message URN (MT-MessageType) says what type a received message is; MassTransit and Messaging compare URNs ignoring case, and a bus with two types of one URN fails when it is built.",
        HelpLinkBase + "msg0015", WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>MSG0016: MassTransit's [EntityName] or [MessageUrn] beside a [Message] whose entity name differs from a plain MassTransit peer's.</summary>
    public static readonly DiagnosticDescriptor MassTransitEntityNameIgnored = Create(
        "MSG0016", "MassTransit's [EntityName] or [MessageUrn] disagrees with [Message]",
        "'{0}' keeps MassTransit's {1}, so MassTransit services that share it publish to and bind '{2}', but Messaging uses '{3}' from [Message]; the two never meet. Give [Message] the name '{2}', or remove {1} once no MassTransit peer relies on it.",
        Messages, DiagnosticSeverity.Warning,
        "Messaging names a message's exchange from [Message] and ignores MassTransit's [EntityName]; a MassTransit service of the same contract names it from [EntityName], else from its namespace and type (RabbitMQ). Keeping MassTransit's attributes marks a contract shared with such services, and then the names must agree.");

    /// <summary>MSG0017: a [Key] on a member the formatter does not serialize.</summary>
    public static readonly DiagnosticDescriptor KeyOnUnserializedMember = Create(
        "MSG0017", "[WireKey] on a member that is not serialized",
        "'{0}.{1}' has [WireKey({2})] but is not serialized ({3}), so index {2} carries nothing; make the member public and settable (or set by the constructor), or remove [WireKey]",
        Messages, DiagnosticSeverity.Warning,
        "Only public instance fields and properties that the formatter can read and restore travel on the wire; a [WireKey] elsewhere has no effect, and a reader of the contract expects a value there.");

    /// <summary>MSG0018: MessagePack-CSharp's [Key] on a member of a [Message], where [WireKey] was meant.</summary>
    public static readonly DiagnosticDescriptor MessagePackKeyOnMessageMember = Create(
        "MSG0018", "MessagePack-CSharp's [Key] on a message member",
        "'{0}.{1}' has MessagePack-CSharp's [Key({2})], which Messaging's formatter ignores: the member is written at its declared position; use [WireKey({2})] to fix its index",
        Messages, DiagnosticSeverity.Warning,
        "A [Message] is written by Messaging's generated formatter, whose indexes come from [WireKey] (Messaging's [Key] before it was renamed). With 'using MessagePack;' in the file, [Key] binds to MessagePack-CSharp's attribute and silently does nothing here.");

    /// <summary>MSG0101: the first parameter is missing or not a [Message] type.</summary>
    public static readonly DiagnosticDescriptor HandlerParameterNotMessage = Create(
        "MSG0101", "A handler's first parameter must be a [Message] type",
        "Handler '{0}' gets no consumer: {1}; add [Message] to the type, or make the message the first parameter",
        Handlers, DiagnosticSeverity.Error,
        "The first parameter of a [Handler] method is the message it consumes.");

    /// <summary>MSG0102: the handled message exists but cannot be routed.</summary>
    public static readonly DiagnosticDescriptor HandledMessageNotRoutable = Create(
        "MSG0102", "Handled message cannot be routed",
        "Handler '{0}' gets no consumer: {1}; fix the message, or handle a routable one",
        Handlers, DiagnosticSeverity.Error,
        "Only non-generic, concrete, accessible classes in a namespace can be routed by MassTransit.");

    /// <summary>MSG0103: a private or protected handler, or one in a type generated code cannot reach.</summary>
    public static readonly DiagnosticDescriptor InaccessibleHandler = Create(
        "MSG0103", "Handler is not accessible",
        "Handler '{0}' must be public or internal, in a type generated code can reach, for its generated consumer to call it; make it public",
        Handlers, DiagnosticSeverity.Error,
        "The generated consumer calls the handler from outside its class.");

    /// <summary>MSG0104: a generic handler, or one declared in a generic type.</summary>
    public static readonly DiagnosticDescriptor GenericHandler = Create(
        "MSG0104", "Handler must not be generic",
        "Handler '{0}' is generic or declared in a generic type, so no consumer can call it; declare a non-generic handler per message type",
        Handlers, DiagnosticSeverity.Error,
        "A consumer is generated per handler and message type; it cannot choose type arguments.");

    /// <summary>MSG0105: an abstract handler.</summary>
    public static readonly DiagnosticDescriptor AbstractHandler = Create(
        "MSG0105", "Handler must not be abstract",
        "Handler '{0}' is abstract, so no consumer can call it; put [Handler] on a concrete method",
        Handlers, DiagnosticSeverity.Error,
        "The generated consumer calls exactly the marked method.");

    /// <summary>MSG0106: an async void handler.</summary>
    public static readonly DiagnosticDescriptor AsyncVoidHandler = Create(
        "MSG0106", "Handler must not be async void",
        "Handler '{0}' is async void: the consumer cannot await it, so its failures are not retried or dead-lettered and can crash the process; return Task",
        Handlers, DiagnosticSeverity.Error,
        "An async void method completes for its caller at its first await.");

    /// <summary>MSG0107: a ref, out or in parameter.</summary>
    public static readonly DiagnosticDescriptor RefParameter = Create(
        "MSG0107", "Handler parameter must not be ref, out or in",
        "Parameter '{0}' of handler '{1}' is passed by reference; the generated consumer passes arguments by value: remove the modifier",
        Handlers, DiagnosticSeverity.Error,
        "Nothing would observe a value a handler writes back.");

    /// <summary>MSG0108: a parameter the consumer cannot supply.</summary>
    public static readonly DiagnosticDescriptor UnsupportedHandlerParameter = Create(
        "MSG0108", "Handler parameter cannot be supplied",
        "Handler '{0}' gets no consumer: {1}; after the message, take ConsumeContext, CancellationToken, IServiceProvider or reference-type services",
        Handlers, DiagnosticSeverity.Error,
        "The consumer passes the consume context, its cancellation token and services from the consume scope.");

    /// <summary>MSG0109: a return type the consumer cannot handle.</summary>
    public static readonly DiagnosticDescriptor UnsupportedReturnType = Create(
        "MSG0109", "Unsupported handler return type",
        "Handler '{0}' gets no consumer: {1}; return void, Task, ValueTask, a routable [Message] class, or a Task or ValueTask of one",
        Handlers, DiagnosticSeverity.Error,
        "A returned message is the response to a request, or published otherwise; anything else has nowhere to go.");

    /// <summary>MSG0110: an instance handler whose class cannot be created from services.</summary>
    public static readonly DiagnosticDescriptor HandlerClassNotConstructible = Create(
        "MSG0110", "Handler class cannot be created",
        "Handler '{0}' gets no consumer: {1}; make the handler static, or give its class a public constructor whose parameters are services",
        Handlers, DiagnosticSeverity.Error,
        "An instance handler's class is created per message from the consume scope, its constructor parameters resolved as services.");

    /// <summary>MSG0111: a handler in an interface, or an instance handler in a struct.</summary>
    public static readonly DiagnosticDescriptor HandlerInUnsupportedType = Create(
        "MSG0111", "Handler must be declared in a class",
        "Handler '{0}' must be declared in a class (or, when static, in a struct), so no consumer can call it; move it to a class",
        Handlers, DiagnosticSeverity.Error,
        "The generated consumer creates the handler's class or calls the static method.");

    /// <summary>MSG0112: two handlers of one message on one queue.</summary>
    public static readonly DiagnosticDescriptor DuplicateHandler = new(
        "MSG0112", "Two handlers of one message on one queue",
        "'{0}' and '{1}' both handle '{2}' on queue '{3}': every message runs both, a failure of either sends it to '{3}_error' and a request gets two responses; give one its own Queue, or merge them",
        Handlers, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        "Handlers sharing a queue share its deliveries, bindings and error queue.",
        HelpLinkBase + "msg0112", WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>MSG0113: a negative or non-constant PrefetchCount or ConcurrencyLimit.</summary>
    public static readonly DiagnosticDescriptor InvalidHandlerSetting = Create(
        "MSG0113", "Invalid handler setting",
        "The [Handler] setting {0} of '{1}' {2}; the handler gets no consumer until it is fixed",
        Handlers, DiagnosticSeverity.Error,
        "Prefetch counts, concurrency limits and time-to-live are counts; a negative one is a mistake, and a prefetch count above 65535 does not fit AMQP's 16-bit field. The handler is not registered until it is fixed.");

    /// <summary>MSG0114: two handlers whose generated consumer names collide.</summary>
    public static readonly DiagnosticDescriptor ConsumerNameCollision = new(
        "MSG0114", "Generated consumer names collide",
        "Handlers '{0}' and '{1}' map to the same generated consumer '{2}', so neither gets a consumer; rename one of the methods or classes",
        Handlers, DiagnosticSeverity.Error, isEnabledByDefault: true,
        "Consumer names join the namespace, class and method names with '_' and must be unique ignoring case.",
        HelpLinkBase + "msg0114", WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>MSG0115: handlers of one queue that ask for different queue-level settings (quorum, message TTL).</summary>
    public static readonly DiagnosticDescriptor QueueSettingsDisagree = new(
        "MSG0115", "Handlers of one queue disagree on its queue settings",
        "Handlers of queue '{0}' disagree on {1}: the queue is declared once, with {2}, so '{3}' gets it too; set the same value on every handler of the queue, or give this one its own Queue",
        Handlers, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        "A queue is declared once with one set of arguments: it is a quorum queue when any of its handlers asks, and its message time-to-live is the shortest any of them sets.",
        HelpLinkBase + "msg0115", WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>MSG0116: [Retry] or [Idempotent] on a method without [Handler].</summary>
    public static readonly DiagnosticDescriptor HandlerOnlyAttributeWithoutHandler = Create(
        "MSG0116", "[Retry] or [Idempotent] on a method without [Handler]",
        "'{0}' has {1} but no [Handler], so no consumer runs it and {1} has no effect; add [Handler] to the method, or remove {1}",
        Handlers, DiagnosticSeverity.Warning,
        "[Retry] and [Idempotent] configure the generated consumer of a [Handler] method; on any other method nothing reads them.");

    /// <summary>MSG0201: more than one [RoutingKey] or [PartitionKey] member.</summary>
    public static readonly DiagnosticDescriptor DuplicateRoutingKey = Create(
        "MSG0201", "More than one routing or partition key",
        "{0}; a message has at most one key of each kind, so it gets no route: remove the attribute from one of them",
        Routing, DiagnosticSeverity.Error,
        "The routing key (and the partition key) of a message is read from exactly one member.");

    /// <summary>MSG0202: a key member that is not public and readable, or has no string conversion.</summary>
    public static readonly DiagnosticDescriptor InvalidRoutingKeyMember = Create(
        "MSG0202", "Unsupported routing or partition key member",
        "'{0}' gets no route: {1}; use a public instance member of type string, a number, bool, char, a date, Guid, TimeSpan, an enum or a nullable of one",
        Routing, DiagnosticSeverity.Error,
        "Keys are read as strings by generated code on every publish.");

    /// <summary>MSG0203: two messages with one entity name.</summary>
    public static readonly DiagnosticDescriptor DuplicateEntityName = new(
        "MSG0203", "Two messages with the same entity name",
        "'{0}' and '{1}' have the same entity name '{2}': both would publish to one exchange, so each one's queues would also receive the other's messages and skip them; give one a different [Message] name",
        Routing, DiagnosticSeverity.Error, isEnabledByDefault: true,
        "The entity name is the exchange (or topic) a message type is published to.",
        HelpLinkBase + "msg0203", WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>MSG0204: an entity name brokers reject.</summary>
    public static readonly DiagnosticDescriptor InvalidEntityName = Create(
        "MSG0204", "Invalid entity name",
        "The entity name \"{0}\" of '{1}' {2}, so the bus fails to start; use only letters, digits, '_', '-', '.' and ':', at most 255 bytes, not starting with 'amq.'",
        Routing, DiagnosticSeverity.Error,
        "MassTransit validates entity names when it declares the topology, and RabbitMQ refuses names longer than 255 bytes of UTF-8 and names starting with 'amq.'.");

    /// <summary>MSG0205: a [MessageUrn] MassTransit rejects.</summary>
    public static readonly DiagnosticDescriptor InvalidMessageUrn = Create(
        "MSG0205", "Invalid [MessageUrn]",
        "The [MessageUrn] of '{0}' is not one MassTransit accepts, so the message fails when first used; use a non-empty, valid URI without the 'urn:message:' prefix",
        Routing, DiagnosticSeverity.Error,
        "MassTransit reads [MessageUrn] when the message type is first used.");

    /// <summary>MSG0206: a binding pattern on a message that has no routing key.</summary>
    public static readonly DiagnosticDescriptor BindingWithoutRoutingKey = Create(
        "MSG0206", "Binding on a message without a routing key",
        "Handler '{0}' binds \"{1}\", but '{2}' has no [RoutingKey]: it is published to a fanout exchange, the binding is ignored and the handler receives every message; add [RoutingKey] to a member of '{2}', or remove Binding",
        Routing, DiagnosticSeverity.Error,
        "Bindings filter by routing key, and only messages with a [RoutingKey] member have one.");

    /// <summary>MSG0207: a topic binding pattern that cannot match what it suggests.</summary>
    public static readonly DiagnosticDescriptor InvalidBindingPattern = Create(
        "MSG0207", "Invalid binding pattern",
        "The binding \"{0}\" of '{1}' {2}; write dot-separated words where '*' is exactly one word and '#' zero or more",
        Routing, DiagnosticSeverity.Error,
        "Topic patterns follow AMQP 0-9-1: words separated by '.', '*' and '#' only as whole words, at most 255 bytes.");

    /// <summary>MSG0208: a queue name brokers reject.</summary>
    public static readonly DiagnosticDescriptor InvalidQueueName = Create(
        "MSG0208", "Invalid queue name",
        "The queue \"{0}\" of '{1}' {2}, so the bus fails to start; use only letters, digits, '_', '-', '.' and ':', short enough for its derived names, not starting with 'amq.'",
        Routing, DiagnosticSeverity.Error,
        "MassTransit validates queue names when it creates the receive endpoint, and RabbitMQ refuses queue and exchange names longer than 255 bytes of UTF-8 (the queue's _dead-letter, _error and partition names included) and names starting with 'amq.'.");

    /// <summary>MSG0209: a [Retry] with values the retry policy rejects.</summary>
    public static readonly DiagnosticDescriptor InvalidRetry = Create(
        "MSG0209", "Invalid [Retry]",
        "The [Retry] of '{0}' {1}",
        Routing, DiagnosticSeverity.Error,
        "Retry counts and waits must not be negative, the kind must be a RetryKind, and ignored types must be exceptions.");

    /// <summary>MSG0210: handlers of a partitioned queue that set different concurrency limits.</summary>
    public static readonly DiagnosticDescriptor PartitionCountAmbiguous = new(
        "MSG0210", "Handlers of a partitioned queue disagree on ConcurrencyLimit",
        "Queue '{0}' is partitioned by the [PartitionKey] of '{1}' and its handlers set ConcurrencyLimit {2}: the largest sets the partition count, so changing or removing that one handler moves keys to other partitions and messages already queued are handled out of order; set the same ConcurrencyLimit on every handler of the queue",
        Routing, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        "A partitioned queue's partition count is the largest ConcurrencyLimit of its handlers; a key's partition is its hash modulo that count.",
        HelpLinkBase + "msg0210", WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>MSG0211: Send without an address of a message handled on several queues, which has no send convention.</summary>
    public static readonly DiagnosticDescriptor SendWithoutConvention = new(
        "MSG0211", "Send without an address of a message handled on several queues",
        "'{0}' is handled on {1} queues of this assembly ({2}), so it has no send convention and this Send without an address throws at run time; Publish it to the queues that subscribe, or send it to one queue through its exchange (GetSendEndpoint(new Uri(\"exchange:{3}\")))",
        Routing, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        "Send without an address goes to the one queue that handles the message; a message handled on several queues is an event, which Publish delivers to each.",
        HelpLinkBase + "msg0211", WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>MSG0213: a queue whose name (or a name derived from it) is a message's entity name.</summary>
    public static readonly DiagnosticDescriptor QueueNameIsEntityName = new(
        "MSG0213", "Queue name is a message's entity name",
        "The queue \"{0}\" of '{1}' {2} the entity name of '{3}': on RabbitMQ every queue has an exchange of its own name, so the message's exchange and the queue's would be one, and the bus fails to build (or messages loop); rename the queue or give the message another [Message] name",
        Routing, DiagnosticSeverity.Error, isEnabledByDefault: true,
        "MassTransit declares an exchange named after each receive endpoint's queue (and its _error, _skipped and _dead-letter queues), and one named after each message type's entity name; a name used for both is refused when the bus is built.",
        HelpLinkBase + "msg0213", WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>MSG0214: Send without an address of a message no queue of the assembly handles, which has no send convention.</summary>
    public static readonly DiagnosticDescriptor SendWithoutAnyQueue = new(
        "MSG0214", "Send without an address of a message no queue here handles",
        "No handler of this assembly consumes '{0}', so it gets no send convention here and this Send without an address throws 'A convention for the message type was not found' at run time, unless another registered assembly maps one; Publish it, send it to an address (GetSendEndpoint(new Uri(\"exchange:queue-name\"))), or map EndpointConvention.Map<{0}>(...) here",
        Routing, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        "Only a message consumed by exactly one queue of the registering assembly gets a send convention. A warning rather than an error: the handlers of another assembly you register may map one.",
        HelpLinkBase + "msg0214", WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>MSG0215: [Retry] settings that the chosen kind ignores or that contradict each other.</summary>
    public static readonly DiagnosticDescriptor RetrySettingIgnored = Create(
        "MSG0215", "[Retry] setting has no effect or is overridden",
        "The [Retry] of '{0}' {1}",
        Routing, DiagnosticSeverity.Warning,
        "Each retry kind reads its own settings: Interval the interval, Incremental the interval and increment, Exponential the interval and maximum; a maximum below the first interval caps every wait at the maximum.");

    /// <summary>MSG0212: IMessagePublisher.PublishAsync of a type that is not a [Message], which throws at run time.</summary>
    /// <remarks>
    /// A warning, not an error: a type registered by hand (<c>MessagingBuilder.AddMessage</c> with a route of its own)
    /// is a message the publisher takes, and only the container knows about it.
    /// </remarks>
    public static readonly DiagnosticDescriptor PublishOfNonMessage = Create(
        "MSG0212", "IMessagePublisher publishes only [Message] types",
        "'{0}' is not a [Message] type, so IMessagePublisher throws ArgumentException for it at run time; mark '{0}' [Message] (and call its assembly's generated AddXxx() in AddMessaging), or publish it with IBus.Publish",
        Routing, DiagnosticSeverity.Warning,
        "IMessagePublisher writes a message with its generated formatter and route; a type without them has neither.");
}
