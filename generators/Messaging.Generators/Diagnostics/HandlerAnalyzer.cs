using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Threading;
using Messaging.Generators.Model;
using Messaging.Generators.Parser;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Messaging.Generators.Diagnostics;

/// <summary>
/// Reports why a <c>[Handler]</c> method gets no consumer, or gets one that would not do what its settings say
/// (MSG0101–MSG0114, MSG0206–MSG0210), and Send without an address of a message several queues handle (MSG0211),
/// using the classifier the handler generator uses.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HandlerAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The MSG0211 property that says whether publishing the message reaches every queue that handles it ("true"/"false").</summary>
    public const string PublishReachesEveryQueue = nameof(PublishReachesEveryQueue);

    // AMQP 0-9-1 short strings: routing keys and binding patterns are at most 255 bytes of UTF-8.
    private const int MaxPatternBytes = 255;

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [
        DiagnosticDescriptors.HandlerParameterNotMessage,
        DiagnosticDescriptors.HandledMessageNotRoutable,
        DiagnosticDescriptors.InaccessibleHandler,
        DiagnosticDescriptors.GenericHandler,
        DiagnosticDescriptors.AbstractHandler,
        DiagnosticDescriptors.AsyncVoidHandler,
        DiagnosticDescriptors.RefParameter,
        DiagnosticDescriptors.UnsupportedHandlerParameter,
        DiagnosticDescriptors.UnsupportedReturnType,
        DiagnosticDescriptors.HandlerClassNotConstructible,
        DiagnosticDescriptors.HandlerInUnsupportedType,
        DiagnosticDescriptors.DuplicateHandler,
        DiagnosticDescriptors.InvalidHandlerSetting,
        DiagnosticDescriptors.ConsumerNameCollision,
        DiagnosticDescriptors.QueueSettingsDisagree,
        DiagnosticDescriptors.BindingWithoutRoutingKey,
        DiagnosticDescriptors.InvalidBindingPattern,
        DiagnosticDescriptors.InvalidQueueName,
        DiagnosticDescriptors.InvalidRetry,
        DiagnosticDescriptors.PartitionCountAmbiguous,
        DiagnosticDescriptors.SendWithoutConvention,
        DiagnosticDescriptors.HandlerOnlyAttributeWithoutHandler,
        DiagnosticDescriptors.QueueNameIsEntityName,
        DiagnosticDescriptors.SendWithoutAnyQueue,
        DiagnosticDescriptors.RetrySettingIgnored,
    ];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            if (start.Compilation.GetTypeByMetadataName(TypeNames.HandlerAttribute) is null)
            {
                return;
            }

            var handlers = new List<DeclaredHandler>();
            var entities = new List<(string EntityName, string MessageName)>();
            start.RegisterSymbolAction(symbol => AnalyzeMethod(symbol, handlers), SymbolKind.Method);
            start.RegisterSymbolAction(symbol => CollectEntityName(symbol, entities), SymbolKind.NamedType);

            // Symbol actions do not see local functions and lambdas, and the generator only looks at method
            // declarations, so a [Handler] there would be ignored without a word.
            start.RegisterSyntaxNodeAction(AnalyzeFunction, SyntaxKind.LocalFunctionStatement, SyntaxKind.ParenthesizedLambdaExpression);

            // Send(message) without an address, by MassTransit's endpoint convention: checked against the handlers'
            // queues once they are all known. Only where MassTransit is referenced (not in a contracts-only project).
            var sends = new List<ConventionSend>();
            var conventionSends = start.Compilation.GetTypeByMetadataName(TypeNames.EndpointConventionExtensionsMetadata);
            var conventionMaps = start.Compilation.GetTypeByMetadataName(TypeNames.EndpointConventionMetadata);
            if (conventionSends is not null)
            {
                var messagingBuilder = start.Compilation.GetTypeByMetadataName(TypeNames.MessagingBuilderMetadata);
                start.RegisterOperationAction(operation => CollectConventionSend(operation, conventionSends, conventionMaps, messagingBuilder, sends), OperationKind.Invocation);
            }

            start.RegisterCompilationEndAction(end =>
            {
                AnalyzeSet(end, handlers);
                AnalyzeQueueNames(end, handlers, entities);
                AnalyzeConventionSends(end, handlers, sends);
            });
        });
    }

    private static void AnalyzeMethod(SymbolAnalysisContext context, List<DeclaredHandler> handlers)
    {
        var method = (IMethodSymbol)context.Symbol;
        var attribute = method.FindAttribute(TypeNames.HandlerAttribute);
        if (attribute is null)
        {
            ReportHandlerOnlyAttributes(context, method);
            return;
        }

        var cancellationToken = context.CancellationToken;
        var name = (method.ContainingType?.Name ?? string.Empty) + "." + method.Name;
        var identifier = DiagnosticLocations.Identifier(method) ?? Location.None;
        var classification = HandlerClassifier.Classify(method, context.Compilation, cancellationToken);
        foreach (var reason in classification.Reasons)
        {
            foreach (var diagnostic in ToDiagnostics(method, attribute, name, identifier, reason, cancellationToken))
            {
                context.ReportDiagnostic(diagnostic);
            }
        }

        var binding = ReadString(attribute, "Binding");
        var bindingLocation = DiagnosticLocations.NamedArgument(attribute, "Binding", cancellationToken) ?? identifier;
        // A message with [RoutingHeader] members goes to a headers exchange, where a binding is "name=value" pairs
        // rather than a topic pattern; without the handler's spec, a pattern with '=' is taken to be one.
        var spec = classification.Spec;
        var headers = spec?.Message.RoutingHeaders ?? default;
        var headersBinding = spec is null ? binding?.IndexOf('=') >= 0 : headers.Count > 0;
        if (binding is not null && (headersBinding ? CheckHeadersBinding(binding, spec is null ? null : headers) : CheckPattern(binding)) is { } problem)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidBindingPattern, bindingLocation, binding, name, problem));
        }

        if (spec is null)
        {
            return;
        }

        if (spec.Retry is not null)
        {
            ReportIgnoredRetrySettings(context, method, name, cancellationToken);
        }

        if (binding is not null && spec.Message.RoutingKey is null && headers.Count == 0)
        {
            var messageName = method.Parameters[0].Type.Name;
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.BindingWithoutRoutingKey, bindingLocation, name, binding, messageName));
        }

        var declared = new DeclaredHandler(
            name,
            identifier,
            spec.Consumer.ConsumerName,
            spec.Consumer.HintName,
            spec.Message.MessageType,
            method.Parameters[0].Type.Name,
            spec.Queue,
            binding,
            spec.Message.PartitionKey is not null,
            spec.ConcurrencyLimit,
            DiagnosticLocations.NamedArgument(attribute, "ConcurrencyLimit", cancellationToken),
            spec.QuorumQueue,
            spec.MessageTimeToLiveMilliseconds,
            spec.Message.RoutingKey is not null || headers.Count > 0,
            DiagnosticLocations.NamedArgument(attribute, "Queue", cancellationToken) ?? identifier,
            spec.Message.EntityName);
        lock (handlers)
        {
            handlers.Add(declared);
        }
    }

    private static void AnalyzeFunction(SyntaxNodeAnalysisContext context)
    {
        SyntaxList<AttributeListSyntax> attributes = default;
        ISymbol? symbol = null;
        Location? identifier = null;
        if (context.Node is LocalFunctionStatementSyntax local)
        {
            (attributes, symbol, identifier) = (local.AttributeLists, context.SemanticModel.GetDeclaredSymbol(local, context.CancellationToken), local.Identifier.GetLocation());
        }
        else if (context.Node is ParenthesizedLambdaExpressionSyntax lambda)
        {
            (attributes, symbol) = (lambda.AttributeLists, context.SemanticModel.GetSymbolInfo(lambda, context.CancellationToken).Symbol);
        }

        if (attributes.Count > 0 && symbol is IMethodSymbol method && method.FindAttribute(TypeNames.HandlerAttribute) is { } attribute)
        {
            var location = identifier ?? DiagnosticLocations.Attribute(attribute, context.CancellationToken) ?? context.Node.GetLocation();
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InaccessibleHandler, location, method.MethodKind == MethodKind.LocalFunction ? method.Name + " (a local function)" : "(a lambda)"));
        }
    }

    private static IEnumerable<Diagnostic> ToDiagnostics(IMethodSymbol method, AttributeData attribute, string name, Location identifier, HandlerReason reason,
        CancellationToken cancellationToken)
    {
        var parameter = FindParameter(method, reason.ParameterName);
        switch (reason.Kind)
        {
            case HandlerReasonKind.NoMessageParameter:
                yield return Diagnostic.Create(DiagnosticDescriptors.HandlerParameterNotMessage, identifier, name, "it has no parameters");
                break;
            case HandlerReasonKind.NotAMessage:
                var type = method.Parameters[0].Type.ToDisplayString();
                yield return Diagnostic.Create(DiagnosticDescriptors.HandlerParameterNotMessage, ParameterType(method.Parameters[0], identifier, cancellationToken), name,
                    $"its first parameter '{method.Parameters[0].Name}' has type '{type}', which is not a [Message] type");
                break;
            case HandlerReasonKind.MessageNotRoutable:
                yield return Diagnostic.Create(DiagnosticDescriptors.HandledMessageNotRoutable, ParameterType(method.Parameters[0], identifier, cancellationToken), name, reason.Detail);
                break;
            case HandlerReasonKind.Generic:
                yield return Diagnostic.Create(DiagnosticDescriptors.GenericHandler, identifier, name);
                break;
            case HandlerReasonKind.Inaccessible:
                yield return Diagnostic.Create(DiagnosticDescriptors.InaccessibleHandler, identifier, name);
                break;
            case HandlerReasonKind.Abstract:
                yield return Diagnostic.Create(DiagnosticDescriptors.AbstractHandler, identifier, name);
                break;
            case HandlerReasonKind.AsyncVoid:
                yield return Diagnostic.Create(DiagnosticDescriptors.AsyncVoidHandler, DiagnosticLocations.ReturnType(method, cancellationToken) ?? identifier, name);
                break;
            case HandlerReasonKind.RefParameter:
                var modifier = parameter is null ? identifier : DiagnosticLocations.ParameterModifier(parameter, cancellationToken) ?? identifier;
                yield return Diagnostic.Create(DiagnosticDescriptors.RefParameter, modifier, reason.ParameterName, name);
                break;
            case HandlerReasonKind.UnsupportedParameter:
                yield return Diagnostic.Create(DiagnosticDescriptors.UnsupportedHandlerParameter,
                    parameter is null ? identifier : ParameterType(parameter, identifier, cancellationToken), name, reason.Detail);
                break;
            case HandlerReasonKind.UnsupportedReturnType:
                yield return Diagnostic.Create(DiagnosticDescriptors.UnsupportedReturnType, DiagnosticLocations.ReturnType(method, cancellationToken) ?? identifier, name, reason.Detail);
                break;
            case HandlerReasonKind.UnsupportedContainingType:
                yield return Diagnostic.Create(DiagnosticDescriptors.HandlerInUnsupportedType, identifier, name);
                break;
            case HandlerReasonKind.HandlerClassNotConstructible:
                yield return Diagnostic.Create(DiagnosticDescriptors.HandlerClassNotConstructible, identifier, name, reason.Detail);
                break;
            case HandlerReasonKind.InvalidQueueName:
                var queue = ReadString(attribute, "Queue") ?? MessagingNames.ToKebabCase(method.ContainingType?.Name ?? string.Empty);
                var queueProblem = reason.Problem ?? reason.Detail;
                yield return Diagnostic.Create(DiagnosticDescriptors.InvalidQueueName,
                    DiagnosticLocations.NamedArgument(attribute, "Queue", cancellationToken) ?? identifier, queue, name, queueProblem);
                break;
            case HandlerReasonKind.InvalidSetting:
                foreach (var setting in new[] { "PrefetchCount", "ConcurrencyLimit", "MessageTimeToLiveMilliseconds" })
                {
                    var value = ReadInt(attribute, setting);
                    var problem = value is < 0 ? "is negative; use 0 for the transport default or a positive number"
                        : setting == "PrefetchCount" && value > HandlerClassifier.MaxPrefetchCount
                            ? $"is {value}, more than AMQP can carry: basic.qos holds a prefetch count in 16 bits (at most {HandlerClassifier.MaxPrefetchCount}), so the broker would get another value; use at most {HandlerClassifier.MaxPrefetchCount}"
                            : null;
                    if (problem is not null)
                    {
                        yield return Diagnostic.Create(DiagnosticDescriptors.InvalidHandlerSetting,
                            DiagnosticLocations.NamedArgument(attribute, setting, cancellationToken) ?? identifier, setting, name, problem);
                    }
                }

                break;
            case HandlerReasonKind.InvalidRetry:
                foreach (var diagnostic in CheckRetry(method, name, identifier, cancellationToken))
                {
                    yield return diagnostic;
                }

                break;
        }
    }

    // One diagnostic per wrong [Retry] argument, on that argument.
    private static IEnumerable<Diagnostic> CheckRetry(IMethodSymbol method, string name, Location identifier, CancellationToken cancellationToken)
    {
        var retry = method.FindAttribute(TypeNames.RetryAttribute);
        var found = false;
        if (retry is not null)
        {
            if (retry.ConstructorArguments.Length == 1 && retry.ConstructorArguments[0].Value is int count and < 0)
            {
                found = true;
                yield return Diagnostic.Create(DiagnosticDescriptors.InvalidRetry, DiagnosticLocations.PositionalArgument(retry, 0, cancellationToken) ?? identifier, name,
                    $"has a negative count ({count}); give how many retries follow the first attempt, 0 or more");
            }

            foreach (var argument in retry.NamedArguments)
            {
                string? problem = argument.Key switch
                {
                    "Kind" => argument.Value.Value is int kind and (< 0 or > 3) ? $"has an unknown Kind ({kind}); use a RetryKind member" : null,
                    "IntervalMilliseconds" or "IncrementMilliseconds" or "MaxIntervalMilliseconds" => argument.Value.Value is int time and < 0
                        ? $"has a negative {argument.Key} ({time}); waits are 0 or more milliseconds"
                        : null,
                    "Ignore" => IgnoresOnlyExceptions(argument.Value) ? null : "ignores a type that is not an accessible, non-generic exception type; list only exception types",
                    _ => null,
                };
                if (problem is not null)
                {
                    found = true;
                    yield return Diagnostic.Create(DiagnosticDescriptors.InvalidRetry, DiagnosticLocations.NamedArgument(retry, argument.Key, cancellationToken) ?? identifier, name, problem);
                }
            }
        }

        if (!found)
        {
            yield return Diagnostic.Create(DiagnosticDescriptors.InvalidRetry, DiagnosticLocations.Attribute(retry, cancellationToken) ?? identifier, name,
                "must have a constant count, a known kind, no negative time and only accessible exception types to ignore");
        }
    }

    private static bool IgnoresOnlyExceptions(TypedConstant value)
    {
        if (value.Kind != TypedConstantKind.Array || value.IsNull)
        {
            return value.IsNull;
        }

        foreach (var element in value.Values)
        {
            var isException = false;
            for (var current = element.Value as INamedTypeSymbol; current is not null && !isException; current = current.BaseType)
            {
                isException = current.Is(TypeNames.SystemNamespace, TypeNames.Exception);
            }

            if (!isException || element.Value is INamedTypeSymbol { IsUnboundGenericType: true } or INamedTypeSymbol { DeclaredAccessibility: Accessibility.Private })
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// What is wrong with a topic binding pattern, or <see langword="null"/>: AMQP 0-9-1 treats <c>*</c> and <c>#</c> as
    /// wildcards only as whole words, so <c>eu*</c> matches only the literal key "eu*".
    /// </summary>
    // As the runtime reads a headers binding (RoutingKeyBinding): an optional "any:" or "all:", then comma-separated
    // name=value pairs whose names are headers the message carries.
    internal static string? CheckHeadersBinding(string pattern, EquatableArray<RoutingHeaderSpec>? headers)
    {
        var text = pattern.Trim();
        if (text.StartsWith("any:", StringComparison.OrdinalIgnoreCase) || text.StartsWith("all:", StringComparison.OrdinalIgnoreCase))
        {
            text = text.Substring(4);
        }

        var pairs = 0;
        foreach (var raw in text.Split(','))
        {
            var part = raw.Trim();
            if (part.Length == 0)
            {
                continue;
            }

            pairs++;
            var equals = part.IndexOf('=');
            var header = equals > 0 ? part.Substring(0, equals).Trim() : string.Empty;
            if (header.Length == 0 || header.StartsWith("x-", StringComparison.OrdinalIgnoreCase))
            {
                return $"has \"{part}\", which is not name=value (write \"region=eu, tier=gold\" for all to match, or \"any: region=eu, tier=gold\"; names must not start with x-), and the bus would refuse it at start-up";
            }

            if (headers is { } known && !Carries(known, header))
            {
                return $"names the header '{header}', which the message does not carry (no [RoutingHeader(\"{header}\")] member), so it matches no message";
            }
        }

        return pairs == 0 ? "has no name=value pair, so it takes every message; remove Binding instead" : null;

        static bool Carries(EquatableArray<RoutingHeaderSpec> known, string header)
        {
            foreach (var spec in known)
            {
                if (string.Equals(spec.Name, header, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }

    internal static string? CheckPattern(string pattern)
    {
        if (pattern.Length == 0)
        {
            return "is empty, so it matches only messages with an empty routing key";
        }

        var bytes = Encoding.UTF8.GetByteCount(pattern);
        if (bytes > MaxPatternBytes)
        {
            return string.Format(CultureInfo.InvariantCulture, "is {0} bytes long, and brokers accept at most {1}", bytes, MaxPatternBytes);
        }

        foreach (var word in pattern.Split('.'))
        {
            if (word.Length > 1 && (word.IndexOf('*') >= 0 || word.IndexOf('#') >= 0))
            {
                return $"has the word '{word}', where '*' and '#' are not wildcards (they are only as whole words), so it matches only that literal text";
            }
        }

        return null;
    }

    // ISendEndpointProvider.Send<T>(message, ...) and its overloads: MassTransit's extensions that look the destination
    // up in the endpoint convention (ConsumeContext and IBus are send endpoint providers too). An application's own
    // EndpointConvention.Map<T>(...) for a type is collected too: its sends then have a destination.
    private static void CollectConventionSend(OperationAnalysisContext context, INamedTypeSymbol conventionSends, INamedTypeSymbol? conventionMaps,
        INamedTypeSymbol? messagingBuilder, List<ConventionSend> sends)
    {
        var method = ((IInvocationOperation)context.Operation).TargetMethod;
        if (!method.IsGenericMethod)
        {
            return;
        }

        // A message registered by hand here (MessagingBuilder.AddMessage<T>, AddConsumer<TConsumer, T>) may have a route
        // whose send queue this analysis cannot read: it counts as mapped. Generated code is not analyzed, so the
        // generated registrations do not count.
        var messageArgument = 0;
        bool mapped;
        if (method.Name == "Send" && SymbolEqualityComparer.Default.Equals(method.ContainingType, conventionSends))
        {
            mapped = false;
        }
        else if (method.Name == "Map" && conventionMaps is not null && SymbolEqualityComparer.Default.Equals(method.ContainingType, conventionMaps))
        {
            mapped = true;
        }
        else if (messagingBuilder is not null && SymbolEqualityComparer.Default.Equals(method.ContainingType, messagingBuilder)
            && method.Name is "AddMessage" or "AddConsumer")
        {
            mapped = true;
            messageArgument = method.Name == "AddConsumer" ? 1 : 0;
        }
        else
        {
            return;
        }

        if (method.TypeArguments.Length <= messageArgument || method.TypeArguments[messageArgument] is not INamedTypeSymbol { TypeKind: TypeKind.Class } message)
        {
            return;
        }

        var send = new ConventionSend(message.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToFullyQualifiedName(), message.Name,
            context.Operation.Syntax.GetLocation(), mapped, message.FindAttribute(TypeNames.MessageAttribute) is not null);
        lock (sends)
        {
            sends.Add(send);
        }
    }

    // A message handled on two or more queues of this assembly gets no send convention (it is an event: publishing
    // reaches every queue), so Send without an address throws at run time — unless the application maps one itself.
    private static void AnalyzeConventionSends(CompilationAnalysisContext context, List<DeclaredHandler> declared, List<ConventionSend> collected)
    {
        ConventionSend[] sends;
        lock (collected)
        {
            sends = collected.ToArray();
        }

        if (sends.Length == 0)
        {
            return;
        }

        var mapped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var send in sends)
        {
            if (send.IsMap)
            {
                mapped.Add(send.MessageType);
            }
        }

        var queues = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var filtered = new HashSet<string>(StringComparer.Ordinal);
        lock (declared)
        {
            foreach (var handler in declared)
            {
                if (!queues.TryGetValue(handler.MessageType, out var set))
                {
                    queues.Add(handler.MessageType, set = new SortedSet<string>(StringComparer.Ordinal));
                }

                set.Add(handler.Queue);
                if (handler.Binding is not null || handler.RoutedByKey)
                {
                    filtered.Add(handler.MessageType);
                }
            }
        }

        foreach (var send in sends)
        {
            if (!send.IsMap && !mapped.Contains(send.MessageType) && send.IsMessage && !queues.ContainsKey(send.MessageType))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SendWithoutAnyQueue, send.Location, send.MessageName));
                continue;
            }

            if (!send.IsMap && !mapped.Contains(send.MessageType) && queues.TryGetValue(send.MessageType, out var set) && set.Count > 1)
            {
                // Publishing reaches every one of the queues only when none of them filters by key or headers; the
                // code fix is offered then.
                var properties = ImmutableDictionary<string, string?>.Empty.Add(PublishReachesEveryQueue, filtered.Contains(send.MessageType) ? "false" : "true");
                var names = new List<string>(set);
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SendWithoutConvention, send.Location, properties,
                    send.MessageName, set.Count, string.Join(", ", names), names[0]));
            }
        }
    }

    // [Retry] and [Idempotent] configure a handler's consumer; without [Handler] nothing reads them.
    private static void ReportHandlerOnlyAttributes(SymbolAnalysisContext context, IMethodSymbol method)
    {
        foreach (var (attributeName, display) in new[] { (TypeNames.RetryAttribute, "[Retry]"), (TypeNames.IdempotentAttribute, "[Idempotent]") })
        {
            if (method.FindAttribute(attributeName) is { } found && DiagnosticLocations.Attribute(found, context.CancellationToken) is { } location)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.HandlerOnlyAttributeWithoutHandler, location,
                    (method.ContainingType?.Name ?? string.Empty) + "." + method.Name, display));
            }
        }
    }

    // A valid [Retry] whose settings the kind does not read, or whose maximum caps every wait below the first.
    private static void ReportIgnoredRetrySettings(SymbolAnalysisContext context, IMethodSymbol method, string name, CancellationToken cancellationToken)
    {
        if (method.FindAttribute(TypeNames.RetryAttribute) is not { } retry)
        {
            return;
        }

        int? kind = null;
        int interval = 0, increment = 0, maxInterval = 0;
        foreach (var argument in retry.NamedArguments)
        {
            var value = argument.Value.Kind == TypedConstantKind.Primitive || argument.Value.Kind == TypedConstantKind.Enum ? argument.Value.Value as int? : null;
            switch (argument.Key)
            {
                case "Kind":
                    kind = value;
                    break;
                case "IntervalMilliseconds":
                    interval = value ?? 0;
                    break;
                case "IncrementMilliseconds":
                    increment = value ?? 0;
                    break;
                case "MaxIntervalMilliseconds":
                    maxInterval = value ?? 0;
                    break;
            }
        }

        // RetryKind: Immediate 0, Interval 1, Incremental 2, Exponential 3; unset means Interval with an interval, else Immediate.
        var effective = kind ?? (interval > 0 ? 1 : 0);
        var kindName = effective switch { 0 => "Immediate", 1 => "Interval", 2 => "Incremental", _ => "Exponential" };
        if (retry.ConstructorArguments.Length == 1 && retry.ConstructorArguments[0].Value is 0)
        {
            Report(DiagnosticLocations.PositionalArgument(retry, 0, cancellationToken), "has a count of 0, so a failing message is not retried at all and [Retry] has no effect; give the number of retries, or remove [Retry]");
        }

        if (interval > 0 && effective == 0)
        {
            Report(DiagnosticLocations.NamedArgument(retry, "IntervalMilliseconds", cancellationToken), "sets IntervalMilliseconds with Kind = RetryKind.Immediate, which retries at once and ignores it; remove the Kind (an interval means RetryKind.Interval) or the interval");
        }

        if (increment > 0 && effective != 2)
        {
            Report(DiagnosticLocations.NamedArgument(retry, "IncrementMilliseconds", cancellationToken), $"sets IncrementMilliseconds, which only RetryKind.Incremental reads, and its kind is {kindName}, so the increment has no effect; set Kind = RetryKind.Incremental or remove it");
        }

        if (maxInterval > 0 && effective != 3)
        {
            Report(DiagnosticLocations.NamedArgument(retry, "MaxIntervalMilliseconds", cancellationToken), $"sets MaxIntervalMilliseconds, which only RetryKind.Exponential reads, and its kind is {kindName}, so the maximum has no effect; set Kind = RetryKind.Exponential or remove it");
        }
        else if (maxInterval > 0 && maxInterval < interval)
        {
            Report(DiagnosticLocations.NamedArgument(retry, "MaxIntervalMilliseconds", cancellationToken),
                string.Format(CultureInfo.InvariantCulture, "has MaxIntervalMilliseconds ({0}) below IntervalMilliseconds ({1}): every wait is capped at {0} ms, so the waits never grow and the first is shorter than asked; make the maximum at least the interval", maxInterval, interval));
        }

        void Report(Location? location, string problem) =>
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.RetrySettingIgnored, location ?? DiagnosticLocations.Attribute(retry, cancellationToken) ?? Location.None, name, problem));
    }

    // The entity names of the [Message] classes declared here, for MSG0213 (those of handled messages of other
    // assemblies come with the handlers).
    private static void CollectEntityName(SymbolAnalysisContext context, List<(string EntityName, string MessageName)> entities)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (type.TypeKind != TypeKind.Class || type.FindAttribute(TypeNames.MessageAttribute) is null
            || MessageRouteClassifier.Classify(type, context.Compilation).Spec is not { } route)
        {
            return;
        }

        lock (entities)
        {
            entities.Add((route.EntityName, type.Name));
        }
    }

    // On RabbitMQ a receive endpoint declares an exchange of its queue's name (and of its _error, _skipped and
    // _dead-letter queues' names); a partitioned queue's name is its consistent-hash exchange, its partitions queues.
    // A message's exchange of any of these names is refused when the bus is built.
    private static void AnalyzeQueueNames(CompilationAnalysisContext context, List<DeclaredHandler> declared, List<(string EntityName, string MessageName)> collected)
    {
        var entities = new Dictionary<string, string>(StringComparer.Ordinal);
        lock (collected)
        {
            foreach (var (entityName, messageName) in collected)
            {
                entities[entityName] = messageName;
            }
        }

        DeclaredHandler[] handlers;
        lock (declared)
        {
            handlers = declared.ToArray();
            foreach (var handler in handlers)
            {
                if (!entities.ContainsKey(handler.MessageEntityName))
                {
                    entities.Add(handler.MessageEntityName, handler.MessageName);
                }
            }
        }

        if (entities.Count == 0)
        {
            return;
        }

        var partitionCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var handler in handlers)
        {
            if (handler.IsPartitioned)
            {
                partitionCounts[handler.Queue] = Math.Max(partitionCounts.TryGetValue(handler.Queue, out var count) ? count : 0, handler.ConcurrencyLimit);
            }
        }

        foreach (var handler in handlers)
        {
            var names = new List<(string Name, string Relation)>
            {
                (handler.Queue, "is"),
                (handler.Queue + "_error", "has an _error queue named"),
                (handler.Queue + "_skipped", "has a _skipped queue named"),
                (handler.Queue + "_dead-letter", "has a _dead-letter queue named"),
            };
            if (partitionCounts.TryGetValue(handler.Queue, out var partitions))
            {
                var count = partitions > 0 ? partitions : 8;
                for (var i = 0; i < count; i++)
                {
                    names.Add((handler.Queue + ".partition-" + i.ToString(CultureInfo.InvariantCulture), "has a partition queue named"));
                }
            }

            foreach (var (queueName, relation) in names)
            {
                if (entities.TryGetValue(queueName, out var messageName))
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.QueueNameIsEntityName, handler.QueueLocation, handler.Queue, handler.DisplayName,
                        relation == "is" ? "is" : relation, messageName));
                    break;
                }
            }
        }
    }

    private static void AnalyzeSet(CompilationAnalysisContext context, List<DeclaredHandler> declared)
    {
        DeclaredHandler[] handlers;
        lock (declared)
        {
            handlers = declared.ToArray();
        }

        Array.Sort(handlers, static (left, right) => string.CompareOrdinal(left.ConsumerName, right.ConsumerName));
        foreach (var group in Group(handlers, static h => h.ConsumerName, StringComparer.Ordinal))
        {
            ReportPairs(context, group, static (handler, other) =>
                Diagnostic.Create(DiagnosticDescriptors.ConsumerNameCollision, handler.Identifier, handler.DisplayName, other.DisplayName, handler.ConsumerName));
        }

        foreach (var group in Group(handlers, static h => h.HintName, StringComparer.OrdinalIgnoreCase))
        {
            // Same consumer name is reported above; a hint-name clash differs only in case.
            if (!string.Equals(group[0].ConsumerName, group[1].ConsumerName, StringComparison.Ordinal))
            {
                ReportPairs(context, group, static (handler, other) =>
                    Diagnostic.Create(DiagnosticDescriptors.ConsumerNameCollision, handler.Identifier, handler.DisplayName, other.DisplayName, handler.ConsumerName));
            }
        }

        foreach (var group in Group(handlers, static h => h.MessageType + "\n" + h.Queue, StringComparer.Ordinal))
        {
            // Handlers that bind different patterns split the queue's messages between them by key (the queue gets
            // every binding, each handler takes its own keys), which is what they are for: not a duplicate.
            foreach (var handler in group)
            {
                foreach (var other in group)
                {
                    if (!ReferenceEquals(handler, other)
                        && (handler.Binding is null || other.Binding is null || string.Equals(handler.Binding, other.Binding, StringComparison.Ordinal)))
                    {
                        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateHandler, handler.Identifier, handler.DisplayName,
                            other.DisplayName, handler.MessageName, handler.Queue));
                        break;
                    }
                }
            }
        }

        foreach (var group in Group(handlers, static h => h.Queue, StringComparer.Ordinal, includeSingles: true))
        {
            ReportPartitionCount(context, group);
            ReportQueueSettings(context, group);
        }
    }

    // A partitioned queue's partition count is the largest ConcurrencyLimit of its handlers (8 when none sets one).
    private static void ReportPartitionCount(CompilationAnalysisContext context, List<DeclaredHandler> queue)
    {
        string? partitioned = null;
        var limits = new SortedSet<int>();
        foreach (var handler in queue)
        {
            if (handler.IsPartitioned)
            {
                partitioned ??= handler.MessageName;
            }

            limits.Add(handler.ConcurrencyLimit);
        }

        if (partitioned is null || limits.Count < 2)
        {
            return;
        }

        var values = string.Join(", ", limits);
        foreach (var handler in queue)
        {
            if (handler.ConcurrencyLimitLocation is { } location)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.PartitionCountAmbiguous, location, handler.Queue, partitioned, values));
            }
        }
    }

    // A queue is declared once: quorum when any handler asks, the shortest message TTL any handler sets. A handler that
    // asked for less gets it anyway; it is reported on its identifier, naming the setting it inherits.
    private static void ReportQueueSettings(CompilationAnalysisContext context, List<DeclaredHandler> queue)
    {
        var quorum = false;
        var classic = false;
        var shortest = 0;
        var ttls = new SortedSet<int>();
        foreach (var handler in queue)
        {
            quorum |= handler.QuorumQueue;
            classic |= !handler.QuorumQueue;
            ttls.Add(handler.MessageTimeToLiveMilliseconds);
            if (handler.MessageTimeToLiveMilliseconds > 0 && (shortest == 0 || handler.MessageTimeToLiveMilliseconds < shortest))
            {
                shortest = handler.MessageTimeToLiveMilliseconds;
            }
        }

        foreach (var handler in queue)
        {
            if (quorum && classic && !handler.QuorumQueue)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.QueueSettingsDisagree, handler.Identifier, handler.Queue,
                    "QuorumQueue", "QuorumQueue = true", handler.DisplayName));
            }

            if (ttls.Count > 1 && handler.MessageTimeToLiveMilliseconds != shortest)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.QueueSettingsDisagree, handler.Identifier, handler.Queue,
                    "MessageTimeToLiveMilliseconds", string.Format(CultureInfo.InvariantCulture, "MessageTimeToLiveMilliseconds = {0}", shortest),
                    handler.DisplayName));
            }
        }
    }

    private static List<List<DeclaredHandler>> Group(DeclaredHandler[] handlers, Func<DeclaredHandler, string> key, StringComparer comparer, bool includeSingles = false)
    {
        var groups = new Dictionary<string, List<DeclaredHandler>>(comparer);
        var ordered = new List<List<DeclaredHandler>>();
        foreach (var handler in handlers)
        {
            if (!groups.TryGetValue(key(handler), out var group))
            {
                group = [];
                groups.Add(key(handler), group);
                ordered.Add(group);
            }

            group.Add(handler);
        }

        return ordered.FindAll(group => includeSingles || group.Count > 1);
    }

    // Each handler of a group is reported, naming the first other one.
    private static void ReportPairs(CompilationAnalysisContext context, List<DeclaredHandler> group, Func<DeclaredHandler, DeclaredHandler, Diagnostic> create)
    {
        for (var i = 0; i < group.Count; i++)
        {
            context.ReportDiagnostic(create(group[i], group[i == 0 ? 1 : 0]));
        }
    }

    private static IParameterSymbol? FindParameter(IMethodSymbol method, string? name)
    {
        foreach (var parameter in method.Parameters)
        {
            if (parameter.Name == name)
            {
                return parameter;
            }
        }

        return null;
    }

    private static Location ParameterType(IParameterSymbol parameter, Location fallback, CancellationToken cancellationToken) =>
        DiagnosticLocations.ParameterType(parameter, cancellationToken) ?? fallback;

    private static string? ReadString(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name && argument.Value.Kind == TypedConstantKind.Primitive)
            {
                return argument.Value.Value as string;
            }
        }

        return null;
    }

    private static int? ReadInt(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name && argument.Value.Kind == TypedConstantKind.Primitive)
            {
                return argument.Value.Value as int?;
            }
        }

        return null;
    }

    private sealed record ConventionSend(string MessageType, string MessageName, Location Location, bool IsMap, bool IsMessage);

    private sealed record DeclaredHandler(
        string DisplayName,
        Location Identifier,
        string ConsumerName,
        string HintName,
        string MessageType,
        string MessageName,
        string Queue,
        string? Binding,
        bool IsPartitioned,
        int ConcurrencyLimit,
        Location? ConcurrencyLimitLocation,
        bool QuorumQueue,
        int MessageTimeToLiveMilliseconds,
        bool RoutedByKey,
        Location QueueLocation,
        string MessageEntityName);
}
