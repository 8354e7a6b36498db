using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SharpFuzz;

namespace Messaging.Fuzz;

/// <summary>
/// <c>Messaging.Fuzz</c> with no arguments serves the libFuzzer driver (started by <c>.ci/fuzz</c>);
/// <c>seeds DIR</c> writes the seed corpus; <c>replay PATH...</c> runs saved inputs (files or folders) once each.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        switch (args)
        {
            case []:
                // Under the driver: one input per request from shared memory; an escaping exception is reported as a
                // crash and ends the process, as libFuzzer ends on its first crash.
                Fuzzer.LibFuzzer.Run(FuzzTarget.Run);
                return 0;
            case ["seeds", var directory]:
                Console.WriteLine($"wrote {Seeds.Write(directory)} seeds to {directory}");
                return 0;
            case ["replay", .. var paths] when paths.Length > 0:
                return Replay(paths);
            default:
                Console.Error.WriteLine("usage: Messaging.Fuzz                (under the libFuzzer driver, see .ci/fuzz)");
                Console.Error.WriteLine("       Messaging.Fuzz seeds DIR      (write the seed corpus)");
                Console.Error.WriteLine("       Messaging.Fuzz replay PATH... (run saved inputs, files or folders)");
                return 2;
        }
    }

    private static int Replay(string[] paths)
    {
        var files = paths.SelectMany(path => Directory.Exists(path) ? Directory.GetFiles(path).Order(StringComparer.Ordinal) : (IEnumerable<string>)[path]).ToList();
        var findings = 0;
        foreach (var file in files)
        {
            try
            {
                FuzzTarget.Run(File.ReadAllBytes(file));
            }
            catch (Exception ex)
            {
                // Run lets only findings escape: whatever arrives here is one.
                findings++;
                Console.WriteLine($"{file}: {ex}");
            }
        }

        Console.WriteLine($"replayed {files.Count} inputs, {findings} findings");
        return findings == 0 ? 0 : 1;
    }
}
