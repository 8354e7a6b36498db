using System;
using System.IO;
using Xunit;
using Xunit.Sdk;

namespace Messaging.Generators.Tests.ContractLock;

/// <summary>The sample carries a lock, and it is the one the update command would write today.</summary>
public sealed class SampleContractLockTests
{
    [Fact]
    public void Shop_lock_matches_its_messages()
    {
        var shop = Path.Combine(FindRepository(), "samples", "Shop");
        var committed = File.ReadAllText(Path.Combine(shop, "messaging.contract.json"));

        Assert.Equal(ContractLockHarness.WriteLock(File.ReadAllText(Path.Combine(shop, "Contracts.cs"))), committed);
    }

    private static string FindRepository()
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
