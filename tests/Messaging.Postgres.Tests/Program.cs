using System;
using System.Threading.Tasks;
using Messaging.Postgres.Tests.Faults;

namespace Messaging.Postgres.Tests;

/// <summary>
/// The test assembly's entry point (instead of the test SDK's empty one): <c>dotnet Messaging.Postgres.Tests.dll
/// transfer-consumer</c> runs the consumer service that the consumer-kill fault test starts and kills as a process of
/// its own. The test runner never calls it.
/// </summary>
public static class Program
{
    public static Task<int> Main(string[] args) =>
        args is ["transfer-consumer"] ? ConsumerProcess.RunAsync() : Task.FromResult(Usage());

    private static int Usage()
    {
        Console.Error.WriteLine("usage: dotnet Messaging.Postgres.Tests.dll transfer-consumer (settings in the environment; see ConsumerProcess)");
        return 2;
    }
}
