#if !NET5_0_OR_GREATER
namespace System.Runtime.CompilerServices;

// Records on netstandard2.0 need this marker type; a contracts project declares it once (or uses a polyfill package).
internal static class IsExternalInit
{
}
#endif
