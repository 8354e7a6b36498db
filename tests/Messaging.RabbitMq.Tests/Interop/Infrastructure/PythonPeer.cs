using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Messaging.RabbitMq.Tests.Infrastructure;
using Xunit.Sdk;

namespace Messaging.RabbitMq.Tests.Interop.Infrastructure;

/// <summary>
/// Runs the Python side of the interop tests with <c>/usr/bin/python3</c>: <c>interop_peer.py</c> and the scripts of
/// <c>samples/python</c>, copied together to <c>python/</c> in the test output.
/// </summary>
/// <remarks>
/// <c>/usr/bin/python3</c> on purpose: that is where Debian's python3-pika and python3-msgpack install, while a
/// <c>python3</c> earlier on PATH (pyenv, a venv) usually lacks them. A missing interpreter or module fails the test
/// with what to install; nothing is skipped, so a CI image without them is noticed.
/// </remarks>
public sealed class PythonPeer : IAsyncDisposable
{
    private const string Interpreter = "/usr/bin/python3";
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly string _description;
    private readonly Task<string> _stderr;

    private PythonPeer(Process process, string description)
    {
        _process = process;
        _description = description;
        _stderr = process.StandardError.ReadToEndAsync();
    }

    /// <summary>The AMQP URL of a virtual host of the test broker, as pika takes it.</summary>
    public static string Url(string virtualHost) =>
        $"amqp://{Uri.EscapeDataString(Broker.UserName)}:{Uri.EscapeDataString(Broker.Password)}@{Broker.Host}:{Broker.Port}/{Uri.EscapeDataString(virtualHost)}";

    /// <summary>Runs <paramref name="script"/> to the end and returns what it printed.</summary>
    public static async Task<string> RunAsync(string script, params string[] arguments)
    {
        await using var peer = Start(script, arguments);
        return await peer.CompleteAsync();
    }

    /// <summary>Runs <c>interop_peer.py</c> to the end and parses the JSON it printed.</summary>
    public static async Task<JsonNode> RunJsonAsync(params string[] arguments) =>
        Parse(await RunAsync("interop_peer.py", arguments), arguments[0]);

    /// <summary>Starts <paramref name="script"/> and returns once it printed its first line, <c>ready</c>.</summary>
    public static async Task<PythonPeer> StartReadyAsync(string script, params string[] arguments)
    {
        var peer = Start(script, arguments);
        var line = await peer._process.StandardOutput.ReadLineAsync().WaitAsync(s_timeout);
        if (line is null || !line.StartsWith("ready", StringComparison.Ordinal) && !line.StartsWith("waiting", StringComparison.Ordinal))
        {
            var error = await peer.FailureAsync();
            await peer.DisposeAsync();
            throw new XunitException($"{peer._description} did not get ready (it printed '{line}'):{Environment.NewLine}{error}");
        }

        return peer;
    }

    /// <summary>Waits for the script to exit successfully and returns the rest of what it printed.</summary>
    public async Task<string> CompleteAsync()
    {
        var stdout = _process.StandardOutput.ReadToEndAsync();
        try
        {
            await _process.WaitForExitAsync().WaitAsync(s_timeout);
        }
        catch (TimeoutException)
        {
            _process.Kill(entireProcessTree: true);
            throw new XunitException($"{_description} did not finish within {s_timeout.TotalSeconds} s. Output so far:{Environment.NewLine}{await stdout}{await _stderr}");
        }

        if (_process.ExitCode != 0)
        {
            throw new XunitException($"{_description} failed with exit code {_process.ExitCode}:{Environment.NewLine}{await _stderr}{Environment.NewLine}{await stdout}");
        }

        return await stdout;
    }

    /// <summary>Parses the JSON a command printed.</summary>
    public static JsonNode Parse(string output, string command) =>
        JsonNode.Parse(output) ?? throw new XunitException($"interop_peer.py {command} printed no JSON");

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<string> FailureAsync()
    {
        await Task.WhenAny(_process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(5)));
        return _process.HasExited ? $"exit code {_process.ExitCode}: {await _stderr}" : "(still running)";
    }

    private static PythonPeer Start(string script, IReadOnlyList<string> arguments)
    {
        if (!File.Exists(Interpreter))
        {
            throw new XunitException($"{Interpreter} does not exist. The interop tests need Debian's python3 with pika and msgpack: apt-get install python3 python3-pika python3-msgpack.");
        }

        var path = Path.Combine(AppContext.BaseDirectory, "python", script);
        var start = new ProcessStartInfo(Interpreter)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // -B: no __pycache__ beside the scripts; -u: every line reaches the test as soon as it is printed.
        foreach (var argument in (IEnumerable<string>)["-B", "-u", "-X", "utf8", path, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new XunitException($"Could not start {Interpreter}.");
        return new PythonPeer(process, $"{Interpreter} {script} {string.Join(' ', arguments)}");
    }
}
