using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Runtime.Loader;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit.Sdk;

namespace Messaging.Generators.Tests.Infrastructure;

/// <summary>
/// Compiles a source file together with what the generator emits for it, loads the assembly and calls its
/// <c>Probe.Run()</c>, a static method returning a string: the generated formatters run for real.
/// </summary>
internal static class GeneratedCode
{
    /// <summary>Global usings and helpers every probe may use: <c>Wire.Hex</c>, <c>Wire.Bytes</c> and <c>Wire.Error</c>.</summary>
    public const string Prelude = """
        global using System;
        global using System.Collections.Generic;
        global using System.Collections.Immutable;
        global using System.Linq;
        global using Messaging;
        global using Messaging.Serialization;

        internal static class Wire
        {
            public static string Hex(byte[] bytes) => Convert.ToHexString(bytes);

            public static byte[] Bytes(string hex) => Convert.FromHexString(hex.Replace(" ", string.Empty));

            public static string Error(Action action)
            {
                try
                {
                    action();
                    return "no error";
                }
                catch (WireSerializationException ex)
                {
                    return ex.Message;
                }
            }
        }
        """;

    /// <summary>Runs <c>Probe.Run()</c> from <paramref name="source"/> (compiled with <see cref="Prelude"/>) and returns its result.</summary>
    public static string Run(string source, [CallerMemberName] string testName = "") =>
        (string)Invoke(Load([Prelude, source], "Probe." + testName, testName))!;

    /// <summary>
    /// Runs <c>Probe.Run()</c> from <paramref name="sources"/> compiled with <see cref="Prelude"/> against MessagePack-CSharp
    /// and the Messaging.MessagePackCSharp bridge too (<see cref="TestCompilation.MessagePackCSharpReferences"/>).
    /// </summary>
    public static string RunWithMessagePackCSharp(IEnumerable<string> sources, [CallerMemberName] string testName = "") =>
        (string)Invoke(Load([Prelude, .. sources], "Probe." + testName, testName, TestCompilation.MessagePackCSharpReferences))!;

    /// <summary>
    /// Compiles <paramref name="sources"/> as the assembly <paramref name="assemblyName"/> (so its generated registration
    /// is <c>Add{AssemblyName}</c>), loads it and awaits its <c>public static Task&lt;string&gt; Probe.Run()</c>.
    /// </summary>
    public static Task<string> RunAsync(IEnumerable<string> sources, string assemblyName, [CallerMemberName] string testName = "") =>
        (Task<string>)Invoke(Load(sources, assemblyName, testName))!;

    private static Assembly Load(IEnumerable<string> sources, string assemblyName, string testName, IEnumerable<MetadataReference>? extraReferences = null)
    {
        var compilation = TestCompilation.Create(
            sources, assemblyName, extraReferences, baseReferences: TestCompilation.References.AddRange(TestCompilation.HostingReferences));
        var run = GeneratorHarness.Run(compilation);
        GeneratorHarness.AssertCompilesCleanly(run);

        using var image = new MemoryStream();
        var emitted = run.Output.Emit(image);
        if (!emitted.Success)
        {
            throw new XunitException("Emit failed:\n" + string.Join('\n', emitted.Diagnostics));
        }

        image.Position = 0;
        // Messaging.dll and MassTransit are not in this context, so they resolve to the test process's copies: one
        // formatter registry, and types the test can share with the probe.
        return new AssemblyLoadContext(testName).LoadFromStream(image);
    }

    private static object? Invoke(Assembly assembly)
    {
        var probe = assembly.GetType("Probe")?.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)
            ?? throw new XunitException("The source has no public static Probe.Run().");
        try
        {
            return probe.Invoke(null, null);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
            throw;
        }
    }
}
