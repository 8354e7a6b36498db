using System;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Messaging.Fuzz;

/// <summary>Gives instrumented code a place to count edges before the fuzzer's shared memory is attached.</summary>
/// <remarks>
/// The generated formatter registry is a module initializer, so the instrumented formatters run before <c>Main</c>,
/// while SharpFuzz's trace pointer is still null. Roslyn calls a module's initializers in source order and puts
/// generated sources after the project's own, so this one runs first. Were that ever to change, the harness would
/// fail at start-up with an access violation, never silently. The field is set by reflection because the
/// <c>sharpfuzz</c> tool refuses to instrument an assembly that references SharpFuzz.Common (it takes that to mean
/// the assembly is instrumented already).
/// </remarks>
internal static class TraceMap
{
    private const int MapSize = 1 << 16;

#pragma warning disable CA2255 // Must run before the generated registry's initializer, which is the point.
    [ModuleInitializer]
    internal static unsafe void Prepare()
    {
        var field = Type.GetType("SharpFuzz.Common.Trace, SharpFuzz.Common", throwOnError: true)!
            .GetField("SharedMem", BindingFlags.Public | BindingFlags.Static)!;
        if (Pointer.Unbox(field.GetValue(null)!) == null)
        {
            // The fuzzer replaces the pointer with its shared memory before the first input.
            field.SetValue(null, Pointer.Box(NativeMemory.AllocZeroed(MapSize), typeof(byte*)));
        }
    }
#pragma warning restore CA2255
}
