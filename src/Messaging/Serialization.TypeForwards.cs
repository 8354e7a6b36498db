using System.Runtime.CompilerServices;
using Messaging.Serialization;

// The wire core moved to Messaging.Abstractions (netstandard2.0 + net10.0, issue 13). Assemblies compiled against an
// earlier Messaging.dll (a contracts or service package built before the move) still resolve these types through it.
[assembly: TypeForwardedTo(typeof(IWireFormatter<>))]
[assembly: TypeForwardedTo(typeof(WireExtensionHeader))]
[assembly: TypeForwardedTo(typeof(WireFormatters))]
[assembly: TypeForwardedTo(typeof(WireReader))]
[assembly: TypeForwardedTo(typeof(WireReaderOptions))]
[assembly: TypeForwardedTo(typeof(WireSerializationException))]
[assembly: TypeForwardedTo(typeof(WireSerializer))]
[assembly: TypeForwardedTo(typeof(WireType))]
[assembly: TypeForwardedTo(typeof(WireWriter))]
