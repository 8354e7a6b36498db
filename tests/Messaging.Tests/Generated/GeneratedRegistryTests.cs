using System;
using System.Collections.Generic;
using Messaging.Generated;
using Messaging.Serialization;
using Messaging.Tests.Generated.Contracts;
using Xunit;

namespace Messaging.Tests.Generated;

/// <summary>
/// The generated registry of this assembly: the module initializer registers every formatter with
/// <see cref="WireFormatters"/>, and <c>GeneratedWireFormatters.GetFormatter</c> answers per type.
/// </summary>
public sealed class GeneratedRegistryTests
{
    [Fact]
    public void Module_initializer_registered_every_message_of_the_assembly()
    {
        // Nothing but the generated module initializer calls Register for these types, so it ran when the assembly loaded.
        AssertRegistered<OrderPlaced>("Messaging.Generated.Messaging_Tests_Generated_Contracts_OrderPlacedFormatter");
        AssertRegistered<OrderLine>("Messaging.Generated.Messaging_Tests_Generated_Contracts_OrderLineFormatter");
        AssertRegistered<TreeNode>("Messaging.Generated.Messaging_Tests_Generated_Contracts_TreeNodeFormatter");
        AssertRegistered<Heartbeat>("Messaging.Generated.Messaging_Tests_Generated_Contracts_HeartbeatFormatter");
        AssertRegistered<Money>("Messaging.Generated.Messaging_Tests_Generated_Contracts_MoneyFormatter");
        AssertRegistered<Point>("Messaging.Generated.Messaging_Tests_Generated_Contracts_PointFormatter");
        AssertRegistered<Coordinates>("Messaging.Generated.Messaging_Tests_Generated_Contracts_CoordinatesFormatter");
        AssertRegistered<GlobalPing>("Messaging.Generated.GlobalPingFormatter");
        AssertRegistered<Outer.Inner>("Messaging.Generated.Messaging_Tests_Generated_Contracts_Outer_InnerFormatter");
        AssertRegistered<Outer.Deeper.Innermost>("Messaging.Generated.Messaging_Tests_Generated_Contracts_Outer_Deeper_InnermostFormatter");
        AssertRegistered<CustomerProfile>("Messaging.Generated.Messaging_Tests_Generated_Contracts_CustomerProfileFormatter");
        AssertRegistered<Product>("Messaging.Generated.Messaging_Tests_Generated_Contracts_ProductFormatter");
        AssertRegistered<RetryScheduled>("Messaging.Generated.Messaging_Tests_Generated_Contracts_RetryScheduledFormatter");
        AssertRegistered<NestedCollections>("Messaging.Generated.Messaging_Tests_Generated_Contracts_NestedCollectionsFormatter");
    }

    [Fact]
    public void Registry_returns_null_and_nothing_is_registered_for_types_that_are_not_messages()
    {
        Assert.Null(GeneratedWireFormatters.GetFormatter<string>());
        Assert.Null(GeneratedWireFormatters.GetFormatter<int>());
        Assert.Null(GeneratedWireFormatters.GetFormatter<Color>());
        Assert.Null(GeneratedWireFormatters.GetFormatter<List<OrderLine>>());
        Assert.Null(GeneratedWireFormatters.GetFormatter<DomainEvent>());
        Assert.Null(GeneratedWireFormatters.GetFormatter<Entity>());
        Assert.False(WireFormatters.IsRegistered<DomainEvent>());
        Assert.False(WireFormatters.IsRegistered<Entity>());
        Assert.False(WireFormatters.IsRegistered<string>());
    }

    [Fact]
    public void Nullable_struct_message_has_no_formatter_of_its_own()
    {
        Assert.Null(GeneratedWireFormatters.GetFormatter<Money?>());
        Assert.False(WireFormatters.IsRegistered<Money?>());
        Assert.Throws<InvalidOperationException>(() => WireSerializer.Serialize<Money?>(new Money(1m, "EUR")));
    }

    [Fact]
    public void Serializing_a_type_without_a_formatter_says_how_to_get_one()
    {
        var error = Assert.Throws<InvalidOperationException>(() => WireSerializer.Serialize(new Entity()));

        Assert.Contains("No MessagePack formatter is registered for Messaging.Tests.Generated.Contracts.Entity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registered_formatter_writes_what_the_static_Write_writes()
    {
        var formatter = GeneratedWireFormatters.GetFormatter<OrderLine>()!;
        var line = new OrderLine("a", 2, 1.5m);

        var viaInstance = Infrastructure.MsgPack.WriteHex((ref WireWriter w) => formatter.Serialize(ref w, line));
        var viaStatic = Infrastructure.MsgPack.WriteHex((ref WireWriter w) => Messaging_Tests_Generated_Contracts_OrderLineFormatter.Write(ref w, line));

        Assert.Equal("93a16102a3312e35", viaInstance);
        Assert.Equal(viaInstance, viaStatic);
        Assert.Equal(line, Infrastructure.MsgPack.Read(viaStatic, (ref WireReader r) => Messaging_Tests_Generated_Contracts_OrderLineFormatter.Read(ref r)));
    }

    private static void AssertRegistered<T>(string formatterTypeName)
    {
        Assert.True(WireFormatters.IsRegistered<T>(), $"{typeof(T).Name} is not registered");
        var generated = GeneratedWireFormatters.GetFormatter<T>();
        Assert.NotNull(generated);
        Assert.Same(generated, WireFormatters.Get<T>());
        Assert.Equal(formatterTypeName, generated.GetType().FullName);
    }
}
