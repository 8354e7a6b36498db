using System;
using System.IO;
using System.Text;
using Messaging.Generators.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Messaging.Generators.Tests.ContractLock;

/// <summary>
/// The update command end to end: <c>dotnet build</c> of a scratch project in a temporary directory that uses the
/// generator built here and imports Messaging.Abstractions.props/.targets from the repository, as the package does.
/// </summary>
public sealed class ContractLockBuildTests(ITestOutputHelper output) : IDisposable
{
    private const string Contracts = """
        using System;
        using Messaging;

        namespace Scratch.Contracts;

        [Message("scratch.order-placed")]
        public sealed record OrderPlaced(Guid OrderId, string Region, decimal Total);

        [Message]
        public sealed record OrderLine(string Sku, int Quantity);
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("messaging-lock-").FullName;

    [Fact]
    public void Update_command_writes_the_lock_and_the_build_then_enforces_it()
    {
        WriteProject("namespace Scratch; public static class NoMessagesYet { }");
        // A lock elsewhere than the default, by MessagingContractLock: the analyzer finds it by its item metadata.
        var lockPath = Path.Combine(_directory, "contracts", "orders.lock.json");

        // Every project that references Messaging gets the targets: one without messages gets no lock.
        var empty = Build("-p:UpdateMessagingContract=true");
        Assert.True(empty.ExitCode == 0, empty.Output);
        Assert.Contains("no messages, so no contract lock was written", empty.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(lockPath));
        WriteSource(Contracts);

        // Opting in: the first update writes the lock; it is exactly what the writer produces for these messages.
        var first = Build("-p:UpdateMessagingContract=true");
        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Contains("wrote the contract lock", first.Output, StringComparison.Ordinal);
        var written = File.ReadAllBytes(lockPath);
        Assert.Equal(ContractLockHarness.WriteLock(Contracts), Encoding.UTF8.GetString(written));
        Assert.False(written.AsSpan().StartsWith(Encoding.UTF8.Preamble), "the lock must not start with a byte order mark");

        // Updating again changes no byte and does not touch the file.
        var writtenAt = File.GetLastWriteTimeUtc(lockPath);
        var again = Build("-p:UpdateMessagingContract=true");
        Assert.True(again.ExitCode == 0, again.Output);
        Assert.Contains("is up to date", again.Output, StringComparison.Ordinal);
        Assert.Equal(written, File.ReadAllBytes(lockPath));
        Assert.Equal(writtenAt, File.GetLastWriteTimeUtc(lockPath));

        // A normal build against the lock it just wrote is clean.
        var clean = Build();
        Assert.True(clean.ExitCode == 0, clean.Output);
        Assert.DoesNotContain("MSG05", clean.Output, StringComparison.Ordinal);

        // A wire change fails the build, naming the change and where it is.
        WriteSource(Contracts.Replace("decimal Total", "double Total", StringComparison.Ordinal));
        var broken = Build();
        Assert.NotEqual(0, broken.ExitCode);
        Assert.Contains(
            "Contracts.cs(7,70): error MSG0505: 'Scratch.Contracts.OrderPlaced': field 2 'Total' changed wire type from decimal to float64",
            broken.Output, StringComparison.Ordinal);

        // Accepting it is the update command; afterwards a compatible addition does not fail a warnings-as-errors build.
        var accepted = Build("-p:UpdateMessagingContract=true");
        Assert.True(accepted.ExitCode == 0, accepted.Output);
        Assert.Contains("{ \"index\": 2, \"name\": \"Total\", \"wire\": \"float64\" }", File.ReadAllText(lockPath), StringComparison.Ordinal);
        WriteSource(Contracts.Replace("decimal Total", "double Total, string? Note = null", StringComparison.Ordinal));
        var added = Build();
        Assert.True(added.ExitCode == 0, added.Output);
        Assert.DoesNotContain(": error", added.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(": warning", added.Output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A build node may still hold a file for a moment; the temporary directory is cleaned by the system.
        }
    }

    private void WriteProject(string source)
    {
        var repository = DotnetCli.FindRepository();
        var binaries = AppContext.BaseDirectory;
        var targets = Path.Combine(repository, "src", "Messaging.Abstractions", "buildTransitive");
        File.WriteAllText(Path.Combine(_directory, "Scratch.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{Path.Combine(targets, "Messaging.Abstractions.props")}" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <MessagingContractLock>contracts/orders.lock.json</MessagingContractLock>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="{Path.Combine(binaries, "Messaging.Abstractions.dll")}" />
                <Reference Include="{Path.Combine(binaries, "Messaging.dll")}" />
                <Reference Include="{Path.Combine(binaries, "MassTransit.dll")}" />
                <Reference Include="{Path.Combine(binaries, "MassTransit.Abstractions.dll")}" />
                <Analyzer Include="{Path.Combine(binaries, "Messaging.Generators.dll")}" />
              </ItemGroup>
              <Import Project="{Path.Combine(targets, "Messaging.Abstractions.targets")}" />
            </Project>
            """);
        WriteSource(source);
    }

    private void WriteSource(string source) => File.WriteAllText(Path.Combine(_directory, "Contracts.cs"), source);

    private (int ExitCode, string Output) Build(params string[] arguments) =>
        DotnetCli.Run(_directory, output, ["build", "-nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-tl:off", .. arguments]);
}
