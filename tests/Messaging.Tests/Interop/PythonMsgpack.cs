using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Sdk;

namespace Messaging.Tests.Interop;

/// <summary>
/// Runs Python's msgpack through <c>msgpack_bridge.py</c>: one process per call, so callers batch many values.
/// </summary>
/// <remarks>
/// It runs <c>/usr/bin/python3</c> on purpose: that is the interpreter the Debian packages python3-msgpack and
/// python3-pika install into, while a <c>python3</c> earlier on PATH (pyenv, a venv) usually lacks them. When
/// msgpack is missing the tests fail with the reason; they never skip, so a CI image without it is noticed.
/// </remarks>
public static class PythonMsgpack
{
    private const string Interpreter = "/usr/bin/python3";
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    /// <summary>Decodes each document with <c>msgpack.unpackb(raw=False, timestamp=...)</c> and returns Python's description of it.</summary>
    /// <param name="documents">The encoded documents.</param>
    /// <param name="timestamp">Python's <c>timestamp</c> option: 0 gives <c>msgpack.Timestamp</c> (exact), 3 gives an aware <c>datetime</c>.</param>
    public static IReadOnlyList<JsonNode> Unpack(IEnumerable<byte[]> documents, int timestamp = 0)
    {
        var request = new JsonObject
        {
            ["documents"] = new JsonArray([.. documents.Select(d => (JsonNode)JsonValue.Create(Convert.ToBase64String(d)))]),
            ["timestamp"] = timestamp,
        };
        return [.. Run("unpack", request).AsArray().Select(node => node!)];
    }

    /// <summary>Encodes each spec with <c>msgpack.packb(use_bin_type=True, datetime=True)</c> and returns the bytes.</summary>
    public static IReadOnlyList<byte[]> Pack(IEnumerable<JsonNode> specs)
    {
        var request = new JsonObject
        {
            ["values"] = new JsonArray([.. specs.Select(s => s.DeepClone())]),
        };
        return [.. Run("pack", request).AsArray().Select(node => Convert.FromHexString(node!.GetValue<string>()))];
    }

    /// <summary>
    /// Decodes each document with <c>msgpack.unpackb(raw=False, timestamp=3)</c> and compares it with a typed
    /// expectation as a Python consumer would read it (<c>uuid.UUID</c>, <c>decimal.Decimal</c>, aware
    /// <c>datetime</c>; see <c>compare</c> in msgpack_bridge.py). Returns each document's differences, empty when it matches.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Check(IEnumerable<(byte[] Document, JsonNode Expected)> cases)
    {
        var request = new JsonObject
        {
            ["cases"] = new JsonArray([.. cases.Select(c => (JsonNode)new JsonObject
            {
                ["document"] = Convert.ToBase64String(c.Document),
                ["expected"] = c.Expected.DeepClone(),
            })]),
        };
        return [.. Run("check", request).AsArray().Select(node => (IReadOnlyList<string>)[.. node!.AsArray().Select(d => d!.GetValue<string>())])];
    }

    private static JsonNode Run(string command, JsonNode request)
    {
        if (!File.Exists(Interpreter))
        {
            throw new XunitException($"{Interpreter} does not exist. The interop tests need Debian's python3 with python3-msgpack (apt-get install python3 python3-msgpack).");
        }

        var script = Path.Combine(AppContext.BaseDirectory, "Interop", "msgpack_bridge.py");
        var start = new ProcessStartInfo(Interpreter)
        {
            ArgumentList = { "-B", "-X", "utf8", script, command },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        using var process = Process.Start(start) ?? throw new XunitException($"could not start {Interpreter}");

        // Read both streams concurrently with writing stdin, so a large answer cannot deadlock on a full pipe.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(request.ToJsonString());
        process.StandardInput.Close();

        if (!process.WaitForExit(s_timeout))
        {
            process.Kill();
            throw new XunitException($"{Interpreter} msgpack_bridge.py {command} did not finish within {s_timeout.TotalSeconds} s");
        }

        if (process.ExitCode != 0)
        {
            throw new XunitException($"{Interpreter} msgpack_bridge.py {command} failed with exit code {process.ExitCode}:{Environment.NewLine}{stderr.Result}");
        }

        return JsonNode.Parse(stdout.Result) ?? throw new XunitException($"msgpack_bridge.py {command} printed no answer");
    }
}
