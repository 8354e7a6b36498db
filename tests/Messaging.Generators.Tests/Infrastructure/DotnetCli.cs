using System;
using System.Collections;
using System.Diagnostics;
using System.IO;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Messaging.Generators.Tests.Infrastructure;

/// <summary>Runs the <c>dotnet</c> CLI as a user would, in a directory of its own, for the tests that build scratch projects.</summary>
internal static class DotnetCli
{
    /// <summary>Runs <c>dotnet {arguments}</c> in <paramref name="directory"/>; returns its exit code and its output, which also goes to <paramref name="output"/>.</summary>
    public static (int ExitCode, string Output) Run(string directory, ITestOutputHelper output, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs under MSBuild's environment; a child build must find its own SDK and targets.
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            var name = (string)variable.Key;
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(name);
            }
        }

        using var process = Process.Start(start) ?? throw new XunitException("could not start dotnet");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new XunitException($"dotnet {string.Join(' ', arguments)} did not finish within 5 minutes");
        }

        var text = stdout.GetAwaiter().GetResult() + stderr.GetAwaiter().GetResult();
        output.WriteLine($"$ dotnet {string.Join(' ', arguments)} → {process.ExitCode}\n{text}");
        return (process.ExitCode, text);
    }

    /// <summary>The repository root: the directory above the test binaries that holds <c>Messaging.sln</c>.</summary>
    public static string FindRepository()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Messaging.sln")))
            {
                return directory.FullName;
            }
        }

        throw new XunitException("Messaging.sln not found above " + AppContext.BaseDirectory);
    }
}
