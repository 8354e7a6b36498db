namespace Messaging.Generators;

/// <summary>Metadata names the parser matches, and fully qualified names the emitter writes.</summary>
/// <remarks>
/// The generator does not reference Messaging.Abstractions or the runtime: attributes are matched by metadata name
/// and runtime types are written as <c>global::</c>-qualified text.
/// </remarks>
internal static class TypeNames
{
    // Attributes, as metadata names.
    public const string MessageAttribute = "Messaging.MessageAttribute";
    public const string WireKeyAttribute = "Messaging.WireKeyAttribute";
    public const string HandlerAttribute = "Messaging.HandlerAttribute";
    public const string RetryAttribute = "Messaging.RetryAttribute";
    public const string IdempotentAttribute = "Messaging.IdempotentAttribute";
    public const string RoutingKeyAttribute = "Messaging.RoutingKeyAttribute";
    public const string RoutingHeaderAttribute = "Messaging.RoutingHeaderAttribute";
    public const string PartitionKeyAttribute = "Messaging.PartitionKeyAttribute";
    public const string MessageUrnAttribute = "MassTransit.MessageUrnAttribute";
    public const string EntityNameAttribute = "MassTransit.EntityNameAttribute";
    public const string UseMessagePackCSharpAttribute = "Messaging.UseMessagePackCSharpAttribute";

    // MessagePack-CSharp's attributes and formatter interface, as metadata names: a member type that has one of the
    // attributes has a formatter MessagePack-CSharp resolves, and the bridge package writes it through MessagePack-CSharp.
    public const string MessagePackObjectAttribute = "MessagePack.MessagePackObjectAttribute";
    public const string MessagePackKeyAttribute = "MessagePack.KeyAttribute";
    public const string MessagePackFormatterAttribute = "MessagePack.MessagePackFormatterAttribute";
    public const string MessagePackUnionAttribute = "MessagePack.UnionAttribute";
    public const string MessagePackFormatterInterfaceMetadata = "MessagePack.Formatters.IMessagePackFormatter`1";
    public const string MessagePackCSharpBridgeMetadata = "Messaging.MessagePackCSharp.MessagePackCSharpBridge";
    public const string MessagePackCSharpPackage = "Messaging.MessagePackCSharp";
    public const string SetsRequiredMembersAttribute = "System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute";
    public const string FromKeyedServicesAttribute = "Microsoft.Extensions.DependencyInjection.FromKeyedServicesAttribute";

    // The lookup-mode enum a future FromKeyedServicesAttribute constructor may take instead of a key (not in DI 10).
    public const string ServiceKeyLookupMode = "Microsoft.Extensions.DependencyInjection.ServiceKeyLookupMode";

    // Namespaces and metadata names of the framework types with a dedicated wire mapping.
    public const string SystemNamespace = "System";
    public const string CollectionsGenericNamespace = "System.Collections.Generic";
    public const string CollectionsImmutableNamespace = "System.Collections.Immutable";
    public const string Guid = "Guid";
    public const string DateTimeOffset = "DateTimeOffset";
    public const string TimeSpan = "TimeSpan";
    public const string ReadOnlyMemory = "ReadOnlyMemory`1";
    public const string Memory = "Memory`1";
    public const string List = "List`1";
    public const string HashSet = "HashSet`1";
    public const string ISet = "ISet`1";
    public const string IReadOnlySet = "IReadOnlySet`1";
    public const string Dictionary = "Dictionary`2";
    public const string IDictionary = "IDictionary`2";
    public const string IReadOnlyDictionary = "IReadOnlyDictionary`2";
    public const string ImmutableArray = "ImmutableArray`1";

    // Types a handler signature is matched against, as namespaces and metadata names.
    public const string MassTransitNamespace = "MassTransit";
    public const string ConsumeContext = "ConsumeContext";
    public const string ConsumeContextOfT = "ConsumeContext`1";
    public const string ThreadingNamespace = "System.Threading";
    public const string CancellationToken = "CancellationToken";
    public const string TasksNamespace = "System.Threading.Tasks";
    public const string Task = "Task";
    public const string TaskOfT = "Task`1";
    public const string ValueTask = "ValueTask";
    public const string ValueTaskOfT = "ValueTask`1";
    public const string Exception = "Exception";
    public const string IServiceProvider = "IServiceProvider";

    // Types whose presence means generated consumers and registrations compile, as full metadata names.
    public const string MessagingBuilderMetadata = "Messaging.MessagingBuilder";
    public const string ConsumerInterfaceMetadata = "MassTransit.IConsumer`1";
    public const string EndpointConventionExtensionsMetadata = "MassTransit.EndpointConventionExtensions";
    public const string EndpointConventionMetadata = "MassTransit.EndpointConvention";
    public const string ServiceProviderExtensionsMetadata = "Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions";

    // Runtime and framework types, as the emitter writes them.
    public const string WireWriter = "global::Messaging.Serialization.WireWriter";
    public const string WireReader = "global::Messaging.Serialization.WireReader";
    public const string WireFormatterInterface = "global::Messaging.Serialization.IWireFormatter";
    public const string WireFormatters = "global::Messaging.Serialization.WireFormatters";
    public const string WireSerializationException = "global::Messaging.Serialization.WireSerializationException";
    public const string MessagePackCSharpBridge = "global::Messaging.MessagePackCSharp.MessagePackCSharpBridge";
    public const string GeneratedCodeAttribute = "global::System.CodeDom.Compiler.GeneratedCode";
    public const string ModuleInitializerAttribute = "global::System.Runtime.CompilerServices.ModuleInitializer";
    public const string CollectionsMarshal = "global::System.Runtime.InteropServices.CollectionsMarshal";
    public const string ImmutableCollectionsMarshal = "global::System.Runtime.InteropServices.ImmutableCollectionsMarshal";
    public const string ImmutableArrayFactory = "global::System.Collections.Immutable.ImmutableArray";
    public const string ReadOnlySpan = "global::System.ReadOnlySpan";
    public const string GenericList = "global::System.Collections.Generic.List";
    public const string GenericDictionary = "global::System.Collections.Generic.Dictionary";
    public const string GenericHashSet = "global::System.Collections.Generic.HashSet";
    public const string GenericIEnumerable = "global::System.Collections.Generic.IEnumerable";
    public const string GenericICollection = "global::System.Collections.Generic.ICollection";
    public const string GenericIReadOnlyCollection = "global::System.Collections.Generic.IReadOnlyCollection";
    public const string ConsumerInterface = "global::MassTransit.IConsumer";
    public const string ConsumeContextType = "global::MassTransit.ConsumeContext";
    public const string TaskType = "global::System.Threading.Tasks.Task";
    public const string ServiceProvider = "global::System.IServiceProvider";
    public const string ServiceProviderExtensions = "global::Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions";
    public const string KeyedServiceProviderExtensions = "global::Microsoft.Extensions.DependencyInjection.ServiceProviderKeyedServiceExtensions";
    public const string MessagingBuilder = "global::Messaging.MessagingBuilder";
    public const string MessageRoute = "global::Messaging.MessageRoute";
    public const string QueueBinding = "global::Messaging.QueueBinding";
    public const string RoutingHeader = "global::Messaging.RoutingHeader";
    public const string ExchangeKind = "global::Messaging.ExchangeKind";
    public const string ConsumerRegistration = "global::Messaging.ConsumerRegistration";
    public const string RetryPolicy = "global::Messaging.RetryPolicy";
    public const string RetryKind = "global::Messaging.RetryKind";
    public const string HandlerResults = "global::Messaging.HandlerResults";
    public const string TimeSpanType = "global::System.TimeSpan";
    public const string InvariantCulture = "global::System.Globalization.CultureInfo.InvariantCulture";
    public const string ArgumentNullException = "global::System.ArgumentNullException";

    // What the generator emits, which other code relies on.
    public const string GeneratedNamespace = "Messaging.Generated";
    public const string RegistrationNamespace = "Messaging";
    public const string RegistryClass = "GeneratedWireFormatters";
    public const string WireFormattersRegistrationAttribute = "global::Messaging.Serialization.WireFormattersRegistrationAttribute";
    public const string WireFormattersRegistrationAttributeMetadata = "Messaging.Serialization.WireFormattersRegistrationAttribute";
    public const string AbstractionsAssembly = "Messaging.Abstractions";
    public const string DictionaryMetadata = "System.Collections.Generic.Dictionary`2";
    public const string CollectionsMarshalMetadata = "System.Runtime.InteropServices.CollectionsMarshal";
    public const string ImmutableCollectionsMarshalMetadata = "System.Runtime.InteropServices.ImmutableCollectionsMarshal";
    public const string ModuleInitializerAttributeMetadata = "System.Runtime.CompilerServices.ModuleInitializerAttribute";

    /// <summary>
    /// The public class that registers an assembly's formatters for the assemblies that reference it:
    /// <c>Shop.Contracts</c> → <c>Shop_Contracts_WireFormatters</c> (in <see cref="GeneratedNamespace"/>).
    /// </summary>
    public static string RegistrationClass(string assemblyName)
    {
        var builder = new System.Text.StringBuilder(assemblyName.Length + 16);
        foreach (var c in assemblyName)
        {
            builder.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
        }

        if (builder.Length == 0 || char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.Append("_WireFormatters").ToString();
    }
    public const string GeneratorName = "Messaging.Generators";
}
