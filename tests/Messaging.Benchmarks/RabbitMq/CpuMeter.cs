using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace Messaging.Benchmarks.RabbitMq;

/// <summary>
/// The CPU time a side costs: this process's (every .NET side runs here) and the broker's (the local
/// <c>beam.smp</c>, read from <c>/proc</c>; absent for a remote broker). On a 2-core machine the broker and the client
/// share the cores, so client CPU per message is throughput the broker does not get.
/// </summary>
internal sealed class CpuMeter
{
    /// <summary>Linux reports process times in clock ticks; 100 per second on every mainstream kernel configuration.</summary>
    private const double TicksPerSecond = 100;

    private readonly string? _brokerStat;

    private CpuMeter(string? brokerStat) => _brokerStat = brokerStat;

    /// <summary>Whether the broker's CPU is measured (a local <c>beam.smp</c> was found).</summary>
    public bool MeasuresBroker => _brokerStat is not null;

    public static CpuMeter Create() => new(FindBroker());

    /// <summary>CPU seconds used so far: this process, and the broker (0 when not measured).</summary>
    public (double Client, double Broker) Read()
    {
        var client = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        return (client, _brokerStat is null ? 0 : ReadStat(_brokerStat));
    }

    /// <summary>CPU seconds of another local process, e.g. the Python one (0 when it has exited).</summary>
    public static double ReadProcess(int processId)
    {
        var stat = $"/proc/{processId}/stat";
        return File.Exists(stat) ? ReadStat(stat) : 0;
    }

    private static string? FindBroker()
    {
        if (!Directory.Exists("/proc"))
        {
            return null;
        }

        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            var comm = Path.Combine(directory, "comm");
            try
            {
                if (File.Exists(comm) && File.ReadAllText(comm).Trim() == "beam.smp")
                {
                    return Path.Combine(directory, "stat");
                }
            }
            catch (IOException)
            {
                // The process exited while we looked.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return null;
    }

    private static double ReadStat(string path)
    {
        try
        {
            // pid (comm) state ... ; utime and stime are fields 14 and 15, counted after the closing parenthesis.
            var text = File.ReadAllText(path);
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return ticks / TicksPerSecond;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
