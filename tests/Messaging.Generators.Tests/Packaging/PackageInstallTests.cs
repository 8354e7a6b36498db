using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Messaging.Generators.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Messaging.Generators.Tests.Packaging;

/// <summary>
/// The packages as a user installs them: <c>dotnet pack</c> of Messaging.Abstractions, Messaging and Messaging.RabbitMq
/// under a version of their own, then a new project that references them from that folder — nothing from the
/// repository — built, run and checked against its contract lock. Beside it, a contracts project on netstandard2.0 that
/// references only Messaging.Abstractions (docs/guides/contracts.md), whose messages the new project handles.
/// </summary>
public sealed class PackageInstallTests(ITestOutputHelper output) : IDisposable
{
    private static readonly string[] s_packages = ["Messaging.Abstractions", "Messaging", "Messaging.RabbitMq"];

    private const string Program = """
        using MassTransit;
        using Messaging;
        using Messaging.Serialization;
        using Microsoft.Extensions.DependencyInjection;
        using Scratch;

        var services = new ServiceCollection();
        services.AddSingleton<Ledger>();
        services.AddMessaging(bus => bus.AddScratch()).UseInMemory();
        await using var provider = services.BuildServiceProvider();
        var bus = provider.GetRequiredService<IBusControl>();
        await bus.StartAsync();
        await bus.Publish(new OrderPlaced(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), "eu-west", 129.90m));
        var billed = await provider.GetRequiredService<Ledger>().Billed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await bus.Publish(new Shared.Contracts.Parcel("p-1", new Shared.Contracts.Size(2, 3), [new Shared.Contracts.Size(4, 5)]));
        var parcel = await provider.GetRequiredService<Ledger>().Parcel.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await bus.StopAsync();
        Console.WriteLine(billed);
        Console.WriteLine(parcel);
        Console.WriteLine("size " + Convert.ToHexString(WireSerializer.Serialize(new Shared.Contracts.Size(1, 2))));
        Console.WriteLine("body " + Convert.ToHexString(WireSerializer.Serialize(new OrderPlaced(Guid.Empty, "eu", 1m))));

        namespace Scratch
        {
            [Message("scratch.order-placed")]
            public sealed record OrderPlaced(Guid OrderId, [property: RoutingKey] string Region, decimal Total);

            public sealed class Ledger
            {
                public TaskCompletionSource<string> Billed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

                public TaskCompletionSource<string> Parcel { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            public sealed class Billing(Ledger ledger)
            {
                [Handler(Queue = "scratch-billing")]
                public void Handle(OrderPlaced order, ConsumeContext<OrderPlaced> context) =>
                    ledger.Billed.TrySetResult($"billed {order.OrderId} {order.Region} {order.Total} as {context.ReceiveContext.ContentType}");

                [Handler(Queue = "scratch-parcels")]
                public void Handle(Shared.Contracts.Parcel parcel) =>
                    ledger.Parcel.TrySetResult($"parcel {parcel.Id} {parcel.Dimensions.Width}x{parcel.Dimensions.Height} items {parcel.Items.Count} {parcel.Items[0].Width}x{parcel.Items[0].Height}");
            }
        }
        """;

    private readonly string _feed = Directory.CreateTempSubdirectory("messaging-feed-").FullName;
    private readonly string _project = Directory.CreateTempSubdirectory("messaging-install-").FullName;
    private readonly string _contracts = Directory.CreateTempSubdirectory("messaging-contracts-").FullName;

    // A version no earlier run used: the global packages folder keeps whatever it once extracted under a version.
    private readonly string _version = $"0.0.0-install.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";

    [Fact]
    public void Installed_packages_generate_the_code_run_it_and_enforce_the_contract_lock()
    {
        var repository = DotnetCli.FindRepository();
        foreach (var package in s_packages)
        {
            var pack = DotnetCli.Run(repository, output, "pack", Path.Combine(repository, "src", package), "-c", Configuration, "-o", _feed,
                "-p:PackageVersion=" + _version, "-nologo", "-nodeReuse:false", "-tl:off");
            Assert.True(pack.ExitCode == 0, pack.Output);
        }

        using (var messaging = ZipFile.OpenRead(Path.Combine(_feed, $"Messaging.{_version}.nupkg")))
        {
            var entries = messaging.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            Assert.Contains("lib/net10.0/Messaging.dll", entries);
            Assert.Contains("lib/net10.0/Messaging.xml", entries);
            Assert.Contains("README.md", entries);
        }

        // What makes the one package reference enough: the generator and the build integration travel in
        // Messaging.Abstractions, the package a contracts project references on any target, and Messaging passes them on
        // by depending on it without excluding analyzers or build assets.
        using (var messaging = ZipFile.OpenRead(Path.Combine(_feed, $"Messaging.{_version}.nupkg")))
        {
            var nuspec = new StreamReader(messaging.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open()).ReadToEnd();
            var dependency = nuspec.Split('\n').Single(line => line.Contains("id=\"Messaging.Abstractions\"", StringComparison.Ordinal));
            Assert.DoesNotContain("Analyzers", dependency, StringComparison.Ordinal);
            Assert.DoesNotContain("Build", dependency, StringComparison.Ordinal);
        }

        using (var abstractions = ZipFile.OpenRead(Path.Combine(_feed, $"Messaging.Abstractions.{_version}.nupkg")))
        {
            var entries = abstractions.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            Assert.Contains("analyzers/dotnet/cs/Messaging.Generators.dll", entries);
            Assert.Contains("analyzers/dotnet/cs/Messaging.Generators.CodeFixes.dll", entries);
            Assert.Contains("buildTransitive/Messaging.Abstractions.targets", entries);
            Assert.Contains("lib/netstandard2.0/Messaging.Abstractions.dll", entries);
            Assert.Contains("lib/net10.0/Messaging.Abstractions.dll", entries);
        }

        WriteProject();
        var build = Build("-p:UpdateMessagingContract=true");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains("wrote the contract lock", build.Output, StringComparison.Ordinal);
        Assert.Contains("\"entity\": \"scratch.order-placed\"", File.ReadAllText(Path.Combine(_project, "messaging.contract.json")), StringComparison.Ordinal);

        var run = DotnetCli.Run(_project, output, "run", "--no-build", "-c", "Debug");
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("billed 0f8fad5b-d9cb-469f-a165-70867728950e eu-west 129.90 as application/msgpack", run.Output, StringComparison.Ordinal);
        // The netstandard2.0 contracts assembly's message, with a nested message and a list of them, through the bus.
        Assert.Contains("parcel p-1 2x3 items 1 4x5", run.Output, StringComparison.Ordinal);
        Assert.Contains("size 920102", run.Output, StringComparison.Ordinal);
        // [Guid, "eu", "1"]: a fixarray of 3, the guid as a 36-character str 8, then two fixstr.
        Assert.Contains("body 93D924" + Convert.ToHexString("00000000-0000-0000-0000-000000000000"u8) + "A26575A131", run.Output, StringComparison.Ordinal);

        // The packaged analyzer holds the user's build to the lock it wrote.
        File.WriteAllText(Path.Combine(_project, "Program.cs"), Program.Replace("decimal Total", "double Total", StringComparison.Ordinal).Replace("129.90m", "129.90", StringComparison.Ordinal).Replace("1m)", "1d)", StringComparison.Ordinal));
        var broken = Build();
        Assert.NotEqual(0, broken.ExitCode);
        Assert.Contains("error MSG0505: 'Scratch.OrderPlaced': field 2 'Total' changed wire type from decimal to float64", broken.Output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        foreach (var directory in (string[])[_feed, _project, _contracts, .. s_packages.Select(p => Path.Combine(GlobalPackagesFolder, p.ToLowerInvariant(), _version))])
        {
            try
            {
                if (Directory.Exists(directory))
                {
                    Directory.Delete(directory, recursive: true);
                }
            }
            catch (IOException)
            {
                // A build node may still hold a file for a moment; temporary directories are cleaned by the system.
            }
        }
    }

    // The configuration these tests were built in, which is what the packed projects are up to date in.
    private static string Configuration =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    private static string GlobalPackagesFolder =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    private void WriteProject()
    {
        // The folder the packages were packed to, beside whatever sources this machine's NuGet configuration has
        // (MassTransit and the rest come from there or from the global packages folder).
        File.WriteAllText(Path.Combine(_project, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="messaging-under-test" value="{_feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(_project, "Scratch.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Messaging" Version="{_version}" />
                <PackageReference Include="Messaging.RabbitMq" Version="{_version}" />
                <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="10.0.14" />
                <ProjectReference Include="{Path.Combine(_contracts, "Shared.Contracts.csproj")}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(_project, "Program.cs"), Program);

        // A contracts project as docs/guides/contracts.md describes it: netstandard2.0, Messaging.Abstractions only.
        File.WriteAllText(Path.Combine(_contracts, "nuget.config"), File.ReadAllText(Path.Combine(_project, "nuget.config")));
        File.WriteAllText(Path.Combine(_contracts, "Shared.Contracts.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
                <LangVersion>latest</LangVersion>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Messaging.Abstractions" Version="{_version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(_contracts, "Contracts.cs"), """
            using System.Collections.Generic;
            using Messaging;

            namespace Shared.Contracts
            {
                [Message("shared.parcel")]
                public sealed record Parcel(string Id, Size Dimensions, List<Size> Items);

                [Message]
                public sealed record Size(int Width, int Height);
            }

            namespace System.Runtime.CompilerServices
            {
                internal static class IsExternalInit
                {
                }
            }
            """);
    }

    private (int ExitCode, string Output) Build(params string[] arguments) =>
        DotnetCli.Run(_project, output, ["build", "-c", "Debug", "-nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-tl:off", .. arguments]);
}
