using System;
using System.Collections.Generic;
using System.Threading;
using Messaging.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Messaging.Generators.Parser;

/// <summary>
/// Decides whether a <c>[Handler]</c> method gets a generated consumer and, if so, describes it as a
/// <see cref="HandlerSpec"/>; otherwise lists every reason it does not. The generator keeps only the spec; analyzers
/// report the reasons.
/// </summary>
/// <remarks>
/// The rules (DESIGN.md §4): the first parameter is a routable <c>[Message]</c> class; the others are a
/// <c>ConsumeContext</c> of it, a <c>CancellationToken</c>, or services (reference types) of the consume scope. The
/// method returns <c>void</c>, <c>Task</c>, <c>ValueTask</c>, a <c>[Message]</c> class or a task of one. Generated code
/// must be able to call it (not generic, private, protected, abstract or <c>async void</c>, no <c>ref</c>/<c>out</c>/<c>in</c>
/// parameters), and an instance method's class must be constructible from services.
/// </remarks>
internal static class HandlerClassifier
{
    private const string ConsumerSuffix = "Consumer";

    /// <summary>The largest prefetch count AMQP 0-9-1 can carry (basic.qos prefetch-count is a 16-bit field).</summary>
    public const int MaxPrefetchCount = ushort.MaxValue;

    /// <summary>Classifies <paramref name="method"/>, a method marked <c>[Handler]</c> in <paramref name="compilation"/>.</summary>
    public static HandlerClassification Classify(IMethodSymbol method, Compilation compilation, CancellationToken cancellationToken)
    {
        var reasons = new List<HandlerReason>();
        var handlerType = method.ContainingType;
        CheckMethod(method, handlerType, compilation, reasons);
        if (reasons.Count > 0)
        {
            return Failed(reasons);
        }

        var messageType = method.Parameters[0].Type as INamedTypeSymbol;
        var message = ClassifyMessage(method.Parameters[0], messageType, compilation, reasons);
        cancellationToken.ThrowIfCancellationRequested();
        var parameters = ClassifyParameters(method, messageType, compilation, reasons);
        var (returnKind, result) = ClassifyReturn(method, compilation, reasons);
        var (queue, binding, prefetchCount, concurrencyLimit, quorumQueue, timeToLive) = ReadHandlerSettings(method, handlerType, message?.PartitionKey is not null, reasons);
        var retry = ReadRetry(method, compilation, reasons);
        var handlerClass = method.IsStatic ? null : ClassifyHandlerClass(handlerType, compilation, reasons);
        if (reasons.Count > 0 || message is null || messageType is null)
        {
            return Failed(reasons);
        }

        var dotted = handlerType.GetDottedName();
        var suffix = GetOverloadSuffix(method, handlerType);
        var consumer = new ConsumerSpec
        {
            ConsumerName = dotted.Replace('.', '_') + "_" + method.Name + (suffix is null ? string.Empty : "_" + suffix) + ConsumerSuffix,
            HintName = dotted + "." + method.Name + (suffix is null ? string.Empty : "." + suffix) + "." + ConsumerSuffix + ".g.cs",
            MessageType = message.MessageType,
            HandlerType = ToTypeName(handlerType),
            HandlerDisplayName = handlerType.ToDisplayString() + "." + SymbolFacts.EscapeIdentifier(method.Name),
            MethodIdentifier = SymbolFacts.EscapeIdentifier(method.Name),
            IsStatic = method.IsStatic,
            Parameters = new EquatableArray<HandlerParameterSpec>(parameters),
            ReturnKind = returnKind,
            ResultType = result?.MessageType,
        };
        return new HandlerClassification
        {
            Spec = new HandlerSpec
            {
                Consumer = consumer,
                Message = message,
                Result = result,
                Queue = queue,
                Binding = binding,
                PrefetchCount = prefetchCount,
                ConcurrencyLimit = concurrencyLimit,
                QuorumQueue = quorumQueue,
                MessageTimeToLiveMilliseconds = timeToLive,
                Retry = retry,
                Idempotent = method.FindAttribute(TypeNames.IdempotentAttribute) is not null,
                HandlerClass = handlerClass,
            },
        };
    }

    // What makes a method impossible to call from generated code, checked before anything else.
    private static void CheckMethod(IMethodSymbol method, INamedTypeSymbol? handlerType, Compilation compilation, List<HandlerReason> reasons)
    {
        if (handlerType is null || handlerType.TypeKind is not (TypeKind.Class or TypeKind.Struct)
            || (!method.IsStatic && handlerType.TypeKind != TypeKind.Class))
        {
            reasons.Add(MethodReason(HandlerReasonKind.UnsupportedContainingType, $"'{method.Name}' must be declared in a class (or, when static, a struct)"));
            return;
        }

        if (method.IsGenericMethod || handlerType.IsOrIsNestedInGeneric())
        {
            reasons.Add(MethodReason(HandlerReasonKind.Generic, $"'{method.Name}' is generic or declared in a generic type"));
        }

        if (method.IsAbstract)
        {
            reasons.Add(MethodReason(HandlerReasonKind.Abstract, $"'{method.Name}' is abstract"));
        }

        if (method.MethodKind != MethodKind.Ordinary || handlerType.IsOrIsNestedInFileLocal()
            || !compilation.IsSymbolAccessibleWithin(method, compilation.Assembly))
        {
            reasons.Add(MethodReason(HandlerReasonKind.Inaccessible, $"'{method.Name}' must be public or internal, in a type generated code can reach, for the generated consumer to call it"));
        }

        if (method.IsAsync && method.ReturnsVoid)
        {
            reasons.Add(MethodReason(HandlerReasonKind.AsyncVoid, $"'{method.Name}' is async void; return Task so failures are retried and dead-lettered"));
        }

        if (method.ReturnsByRef || method.ReturnsByRefReadonly)
        {
            reasons.Add(MethodReason(HandlerReasonKind.UnsupportedReturnType, $"'{method.Name}' returns by reference"));
        }

        if (method.Parameters.Length == 0)
        {
            reasons.Add(MethodReason(HandlerReasonKind.NoMessageParameter, $"'{method.Name}' has no parameters; the first one must be the message"));
        }

        foreach (var parameter in method.Parameters)
        {
            if (parameter.RefKind != RefKind.None)
            {
                reasons.Add(ParameterReason(HandlerReasonKind.RefParameter, parameter.Name, $"parameter '{parameter.Name}' of '{method.Name}' is ref, out or in"));
            }
        }
    }

    private static MessageRouteSpec? ClassifyMessage(IParameterSymbol parameter, INamedTypeSymbol? messageType, Compilation compilation, List<HandlerReason> reasons)
    {
        if (messageType is null || messageType.TypeKind == TypeKind.Error || messageType.FindAttribute(TypeNames.MessageAttribute) is null)
        {
            reasons.Add(ParameterReason(HandlerReasonKind.NotAMessage, parameter.Name, $"the first parameter '{parameter.Name}' must be a [Message] class"));
            return null;
        }

        var route = MessageRouteClassifier.Classify(messageType, compilation);
        if (route.Spec is null)
        {
            reasons.Add(ParameterReason(HandlerReasonKind.MessageNotRoutable, parameter.Name, $"the message '{messageType.Name}' cannot be routed: {Describe(route.Reasons)}"));
        }

        return route.Spec;
    }

    private static HandlerParameterSpec[] ClassifyParameters(IMethodSymbol method, INamedTypeSymbol? messageType, Compilation compilation, List<HandlerReason> reasons)
    {
        var parameters = new HandlerParameterSpec[method.Parameters.Length];
        parameters[0] = new HandlerParameterSpec { Kind = HandlerParameterKind.Message };
        for (var i = 1; i < parameters.Length; i++)
        {
            var parameter = method.Parameters[i];
            var type = parameter.Type;
            if (type is INamedTypeSymbol passed && !IsService(passed) && parameter.FindAttribute(TypeNames.FromKeyedServicesAttribute) is not null)
            {
                reasons.Add(ParameterReason(HandlerReasonKind.UnsupportedParameter, parameter.Name, $"parameter '{parameter.Name}' has [FromKeyedServices] but is a '{passed.Name}', which the consumer passes itself and no container resolves; remove the attribute"));
                continue;
            }

            if (type is INamedTypeSymbol named)
            {
                if (named.Is(TypeNames.ThreadingNamespace, TypeNames.CancellationToken))
                {
                    parameters[i] = new HandlerParameterSpec { Kind = HandlerParameterKind.CancellationToken };
                    continue;
                }

                if (named.Is(TypeNames.MassTransitNamespace, TypeNames.ConsumeContext)
                    || (named.Is(TypeNames.MassTransitNamespace, TypeNames.ConsumeContextOfT)
                        && SymbolEqualityComparer.Default.Equals(named.TypeArguments[0], messageType)))
                {
                    parameters[i] = new HandlerParameterSpec { Kind = HandlerParameterKind.ConsumeContext };
                    continue;
                }

                if (named.Is(TypeNames.SystemNamespace, TypeNames.IServiceProvider))
                {
                    parameters[i] = new HandlerParameterSpec { Kind = HandlerParameterKind.ServiceProvider };
                    continue;
                }

                if (named.Is(TypeNames.MassTransitNamespace, TypeNames.ConsumeContextOfT))
                {
                    reasons.Add(ParameterReason(HandlerReasonKind.UnsupportedParameter, parameter.Name, $"parameter '{parameter.Name}' is a ConsumeContext of another message than '{messageType?.Name}'"));
                    continue;
                }
            }

            var service = ToService(parameter, compilation, constructor: false, out var failure);
            if (service is null)
            {
                reasons.Add(ParameterReason(HandlerReasonKind.UnsupportedParameter, parameter.Name, $"parameter '{parameter.Name}' {failure}"));
                continue;
            }

            parameters[i] = new HandlerParameterSpec { Kind = HandlerParameterKind.Service, Service = service };
        }

        return parameters;
    }

    private static (HandlerReturnKind Kind, MessageRouteSpec? Result) ClassifyReturn(IMethodSymbol method, Compilation compilation, List<HandlerReason> reasons)
    {
        if (method.ReturnsVoid)
        {
            return (HandlerReturnKind.Void, null);
        }

        if (method.ReturnType is INamedTypeSymbol returnType)
        {
            if (returnType.Is(TypeNames.TasksNamespace, TypeNames.Task))
            {
                return (HandlerReturnKind.Task, null);
            }

            if (returnType.Is(TypeNames.TasksNamespace, TypeNames.ValueTask))
            {
                return (HandlerReturnKind.ValueTask, null);
            }

            if (returnType.Is(TypeNames.TasksNamespace, TypeNames.TaskOfT))
            {
                return (HandlerReturnKind.TaskOfMessage, ClassifyResult(method, returnType.TypeArguments[0], compilation, reasons));
            }

            if (returnType.Is(TypeNames.TasksNamespace, TypeNames.ValueTaskOfT))
            {
                return (HandlerReturnKind.ValueTaskOfMessage, ClassifyResult(method, returnType.TypeArguments[0], compilation, reasons));
            }
        }

        return (HandlerReturnKind.Message, ClassifyResult(method, method.ReturnType, compilation, reasons));
    }

    private static MessageRouteSpec? ClassifyResult(IMethodSymbol method, ITypeSymbol type, Compilation compilation, List<HandlerReason> reasons)
    {
        if (type is not INamedTypeSymbol named || named.TypeKind == TypeKind.Error || named.FindAttribute(TypeNames.MessageAttribute) is null)
        {
            reasons.Add(MethodReason(HandlerReasonKind.UnsupportedReturnType, $"'{method.Name}' returns '{method.ReturnType.ToDisplayString()}'; return void, Task, ValueTask, a [Message] class or a Task/ValueTask of one"));
            return null;
        }

        var route = MessageRouteClassifier.Classify(named, compilation);
        if (route.Spec is null)
        {
            reasons.Add(MethodReason(HandlerReasonKind.UnsupportedReturnType, $"'{method.Name}' returns the message '{named.Name}', which cannot be routed: {Describe(route.Reasons)}"));
        }

        return route.Spec;
    }

    private static (string Queue, string? Binding, int PrefetchCount, int ConcurrencyLimit, bool QuorumQueue, int MessageTimeToLiveMilliseconds) ReadHandlerSettings(
        IMethodSymbol method, INamedTypeSymbol handlerType, bool partitioned, List<HandlerReason> reasons)
    {
        string? queue = null;
        string? binding = null;
        int prefetchCount = 0, concurrencyLimit = 0, timeToLive = 0;
        var quorumQueue = false;
        var attribute = method.FindAttribute(TypeNames.HandlerAttribute);
        if (attribute is not null)
        {
            foreach (var argument in attribute.NamedArguments)
            {
                if (argument.Value.Kind == TypedConstantKind.Error)
                {
                    // The input does not compile; registering the handler on a guessed queue would hide that.
                    reasons.Add(MethodReason(HandlerReasonKind.InvalidSetting, $"the [Handler] setting '{argument.Key}' of '{method.Name}' is not a valid constant"));
                    continue;
                }

                var value = ScalarValue(argument.Value);
                switch (argument.Key)
                {
                    case "Queue":
                        queue = value as string;
                        break;
                    case "Binding":
                        binding = value as string;
                        break;
                    case "PrefetchCount":
                        prefetchCount = value is int prefetch ? prefetch : 0;
                        break;
                    case "ConcurrencyLimit":
                        concurrencyLimit = value is int limit ? limit : 0;
                        break;
                    case "QuorumQueue":
                        quorumQueue = value is true;
                        break;
                    case "MessageTimeToLiveMilliseconds":
                        timeToLive = value is int ttl ? ttl : 0;
                        break;
                }
            }
        }

        queue ??= MessagingNames.ToKebabCase(handlerType.Name);
        if (MessagingNames.DescribeInvalidName(queue, MessagingNames.QueueSuffixBytes(partitioned, concurrencyLimit)) is { } problem)
        {
            reasons.Add(MethodReason(HandlerReasonKind.InvalidQueueName, $"the queue \"{queue}\" of '{method.Name}' {problem}") with { Problem = problem });
        }

        // AMQP's basic.qos carries the prefetch count in 16 bits: a larger one would be cut to its low 16 bits.
        if (prefetchCount < 0 || prefetchCount > MaxPrefetchCount || concurrencyLimit < 0 || timeToLive < 0)
        {
            reasons.Add(MethodReason(HandlerReasonKind.InvalidSetting, $"the PrefetchCount (0-65535), ConcurrencyLimit and MessageTimeToLiveMilliseconds of '{method.Name}' must not be negative or out of range"));
        }

        return (queue, binding, prefetchCount, concurrencyLimit, quorumQueue, timeToLive);
    }

    // [Retry(count, Kind = ..., IntervalMilliseconds = ..., ...)]: the kind defaults to Interval when an interval is
    // set, else Immediate, as RetryAttribute documents.
    private static RetrySpec? ReadRetry(IMethodSymbol method, Compilation compilation, List<HandlerReason> reasons)
    {
        var attribute = method.FindAttribute(TypeNames.RetryAttribute);
        if (attribute is null)
        {
            return null;
        }

        if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not int count)
        {
            reasons.Add(MethodReason(HandlerReasonKind.InvalidRetry, $"the [Retry] of '{method.Name}' must have a constant count"));
            return null;
        }

        int? kind = null;
        int interval = 0, increment = 0, maxInterval = 0;
        var ignore = new List<string>();
        var valid = true;
        foreach (var argument in attribute.NamedArguments)
        {
            var value = ScalarValue(argument.Value);
            switch (argument.Key)
            {
                case "Kind":
                    kind = value as int? ?? -1;
                    break;
                case "IntervalMilliseconds":
                    interval = value as int? ?? -1;
                    break;
                case "IncrementMilliseconds":
                    increment = value as int? ?? -1;
                    break;
                case "MaxIntervalMilliseconds":
                    maxInterval = value as int? ?? -1;
                    break;
                case "Ignore":
                    valid &= ReadIgnoredTypes(argument.Value, compilation, ignore);
                    break;
            }
        }

        var kindName = (kind ?? (interval > 0 ? 1 : 0)) switch
        {
            0 => "Immediate",
            1 => "Interval",
            2 => "Incremental",
            3 => "Exponential",
            _ => null,
        };
        if (!valid || kindName is null || count < 0 || interval < 0 || increment < 0 || maxInterval < 0)
        {
            reasons.Add(MethodReason(HandlerReasonKind.InvalidRetry, $"the [Retry] of '{method.Name}' needs a known kind, no negative count or time, and only accessible exception types to ignore"));
            return null;
        }

        return new RetrySpec
        {
            Kind = kindName,
            Count = count,
            IntervalMilliseconds = interval,
            IncrementMilliseconds = increment,
            MaxIntervalMilliseconds = maxInterval,
            Ignore = new EquatableArray<string>(ignore.ToArray()),
        };
    }

    // TypedConstant.Value throws for arrays; an erroneous argument (the input does not compile) reads as missing.
    private static object? ScalarValue(TypedConstant constant) =>
        constant.Kind is TypedConstantKind.Error or TypedConstantKind.Array ? null : constant.Value;

    private static bool ReadIgnoredTypes(TypedConstant value, Compilation compilation, List<string> ignore)
    {
        if (value.Kind != TypedConstantKind.Array)
        {
            return value.IsNull;
        }

        if (value.IsNull)
        {
            return true;
        }

        foreach (var element in value.Values)
        {
            if (element.Value is not INamedTypeSymbol type || type.TypeKind == TypeKind.Error || type.IsUnboundGenericType
                || type.IsOrIsNestedInFileLocal() || !IsException(type) || !compilation.IsSymbolAccessibleWithin(type, compilation.Assembly))
            {
                return false;
            }

            ignore.Add(ToTypeName(type));
        }

        return true;
    }

    // The accessible constructor with the most parameters (a primary constructor included), every parameter a service.
    private static HandlerClassSpec? ClassifyHandlerClass(INamedTypeSymbol handlerType, Compilation compilation, List<HandlerReason> reasons)
    {
        if (handlerType.IsAbstract)
        {
            reasons.Add(MethodReason(HandlerReasonKind.HandlerClassNotConstructible, $"'{handlerType.Name}' is abstract; make the handler static or the class concrete"));
            return null;
        }

        IMethodSymbol? best = null;
        foreach (var constructor in handlerType.InstanceConstructors)
        {
            if (compilation.IsSymbolAccessibleWithin(constructor, compilation.Assembly)
                && (best is null || constructor.Parameters.Length > best.Parameters.Length))
            {
                best = constructor;
            }
        }

        if (best is null)
        {
            reasons.Add(MethodReason(HandlerReasonKind.HandlerClassNotConstructible, $"'{handlerType.Name}' has no public or internal constructor"));
            return null;
        }

        var parameters = new ServiceSpec[best.Parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = best.Parameters[i];
            var failure = "is passed by reference";
            var service = parameter.RefKind is RefKind.None or RefKind.In ? ToService(parameter, compilation, constructor: true, out failure) : null;
            if (service is null)
            {
                reasons.Add(ParameterReason(HandlerReasonKind.HandlerClassNotConstructible, parameter.Name, $"constructor parameter '{parameter.Name}' of '{handlerType.Name}' cannot be resolved as a service: it {failure}"));
                return null;
            }

            parameters[i] = service;
        }

        if (best.FindAttribute(TypeNames.SetsRequiredMembersAttribute) is null && HasRequiredMembers(handlerType))
        {
            reasons.Add(MethodReason(HandlerReasonKind.HandlerClassNotConstructible, $"'{handlerType.Name}' has required members, which a constructor call cannot set"));
            return null;
        }

        return new HandlerClassSpec { Type = ToTypeName(handlerType), ConstructorParameters = new EquatableArray<ServiceSpec>(parameters) };
    }

    // Whether the consumer resolves a parameter of this type from the container, rather than passing it itself.
    private static bool IsService(INamedTypeSymbol type) =>
        !type.Is(TypeNames.ThreadingNamespace, TypeNames.CancellationToken)
        && !type.Is(TypeNames.MassTransitNamespace, TypeNames.ConsumeContext)
        && !type.Is(TypeNames.MassTransitNamespace, TypeNames.ConsumeContextOfT)
        && !type.Is(TypeNames.SystemNamespace, TypeNames.IServiceProvider);

    // A parameter resolved from the container: by type, or by type and key when it carries [FromKeyedServices(key)].
    private static ServiceSpec? ToService(IParameterSymbol parameter, Compilation compilation, bool constructor, out string failure)
    {
        var service = ToService(parameter.Type, compilation, constructor, out failure);
        if (service is null || parameter.FindAttribute(TypeNames.FromKeyedServicesAttribute) is not { } keyed)
        {
            return service;
        }

        // DI 10 has [FromKeyedServices] (inherit the key of the service being built) and [FromKeyedServices(key)].
        var key = keyed.ConstructorArguments.Length == 1 ? keyed.ConstructorArguments[0] : default;
        if (keyed.ConstructorArguments.Length != 1 || key.Kind == TypedConstantKind.Error
            || key.Type?.ToDisplayString() == TypeNames.ServiceKeyLookupMode)
        {
            failure = "asks for a keyed service without naming its key; a handler belongs to no keyed registration whose key it could inherit: give the key, [FromKeyedServices(\"name\")]";
            return null;
        }

        if (key.IsNull)
        {
            return service;
        }

        var keyType = key.Kind == TypedConstantKind.Type ? key.Value as ITypeSymbol : key.Kind == TypedConstantKind.Enum ? key.Type : null;
        if (keyType is not null && !CanName(keyType, compilation))
        {
            failure = $"asks for a keyed service whose key's type '{keyType.ToDisplayString()}' generated code cannot name (private, protected or file-local); make it internal or public";
            return null;
        }

        if (ConstantFormatter.FormatKey(key) is not { } literal)
        {
            failure = $"asks for a keyed service whose key is {key.Kind.ToString().ToLowerInvariant()}; generated code can pass a string, number, character, boolean, enum or typeof() key";
            return null;
        }

        return service with { Key = literal };
    }

    // Services are reference types the container can hand out; a nullable annotation makes them optional. A method
    // parameter of a message or string type is always a mistake (the consumer would ask the container for a value);
    // a handler class's constructor may take one when the application registers the class itself, and the start-up
    // check reports it when the generated factory is the class's registration.
    private static ServiceSpec? ToService(ITypeSymbol type, Compilation compilation, bool constructor, out string failure)
    {
        if (type.TypeKind == TypeKind.Error)
        {
            failure = $"has type '{type.ToDisplayString()}', which could not be resolved";
            return null;
        }

        if (!type.IsReferenceType || type.TypeKind == TypeKind.Dynamic || type is IPointerTypeSymbol or IFunctionPointerTypeSymbol or ITypeParameterSymbol)
        {
            failure = constructor
                ? $"has type '{type.ToDisplayString()}'; a handler class's constructor takes services, which are reference types"
                : $"has type '{type.ToDisplayString()}'; only ConsumeContext, CancellationToken and reference-type services can be passed";
            return null;
        }

        if (!CanName(type, compilation))
        {
            failure = $"has type '{type.ToDisplayString()}', which generated code cannot name";
            return null;
        }

        if (!constructor && type.FindAttribute(TypeNames.MessageAttribute) is not null)
        {
            failure = $"has type '{type.ToDisplayString()}', a [Message]; a handler receives one message, as its first parameter, and its ConsumeContext holds the message's headers";
            return null;
        }

        if (!constructor && type.SpecialType == SpecialType.System_String)
        {
            failure = "has type 'string', which is a value, not a service; read values from a service (options, configuration) or from the message";
            return null;
        }

        failure = string.Empty;
        return new ServiceSpec { Type = ToTypeName(type), IsOptional = type.NullableAnnotation == NullableAnnotation.Annotated };
    }

    // Whether generated code (another file of the assembly) can write the type: accessible, not file-local, and the
    // same for its type arguments and element types.
    private static bool CanName(ITypeSymbol type, Compilation compilation)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                return CanName(array.ElementType, compilation);
            case IPointerTypeSymbol pointer:
                return CanName(pointer.PointedAtType, compilation);
            case INamedTypeSymbol named:
                if (named.IsOrIsNestedInFileLocal() || !compilation.IsSymbolAccessibleWithin(named.OriginalDefinition, compilation.Assembly))
                {
                    return false;
                }

                foreach (var argument in named.TypeArguments)
                {
                    if (argument.TypeKind != TypeKind.Error && !CanName(argument, compilation))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return compilation.IsSymbolAccessibleWithin(type, compilation.Assembly);
        }
    }

    // Overloaded handlers (several [Handler] methods of one name in a type) are told apart by message type name, and by
    // position among the overloads with the same message type name when that is not enough.
    private static string? GetOverloadSuffix(IMethodSymbol method, INamedTypeSymbol handlerType)
    {
        var messageName = GetMessageName(method);
        var overloads = 0;
        var sameMessage = 0;
        var position = 0;
        foreach (var member in handlerType.GetMembers(method.Name))
        {
            if (member is not IMethodSymbol sibling || sibling.FindAttribute(TypeNames.HandlerAttribute) is null)
            {
                continue;
            }

            overloads++;
            if (string.Equals(GetMessageName(sibling), messageName, StringComparison.Ordinal))
            {
                sameMessage++;
                if (SymbolEqualityComparer.Default.Equals(sibling, method))
                {
                    position = sameMessage;
                }
            }
        }

        if (overloads <= 1)
        {
            return null;
        }

        return sameMessage <= 1 ? messageName : messageName + "_" + position.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string GetMessageName(IMethodSymbol method) =>
        method.Parameters.Length > 0 && method.Parameters[0].Type is INamedTypeSymbol type ? type.GetNestedName().Replace('.', '_') : string.Empty;

    private static bool HasRequiredMembers(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IPropertySymbol { IsRequired: true } or IFieldSymbol { IsRequired: true })
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsException(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Is(TypeNames.SystemNamespace, TypeNames.Exception))
            {
                return true;
            }
        }

        return false;
    }

    private static string ToTypeName(ITypeSymbol type) => type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToFullyQualifiedName();

    private static string Describe(EquatableArray<RouteReason> reasons)
    {
        var details = new string[reasons.Count];
        for (var i = 0; i < details.Length; i++)
        {
            details[i] = reasons[i].Detail;
        }

        return string.Join("; ", details);
    }

    private static HandlerClassification Failed(List<HandlerReason> reasons) =>
        new() { Reasons = new EquatableArray<HandlerReason>(reasons.ToArray()) };

    private static HandlerReason MethodReason(HandlerReasonKind kind, string detail) => new() { Kind = kind, Detail = detail };

    private static HandlerReason ParameterReason(HandlerReasonKind kind, string parameter, string detail) =>
        new() { Kind = kind, ParameterName = parameter, Detail = detail };
}
