using System;
using Messaging.Generated;
using Messaging.Serialization;
using Messaging.Tests.Generated.Contracts;
using Messaging.Tests.Generated.Contracts.CaseClash;
using Xunit;

namespace Messaging.Tests.Generated;

/// <summary>
/// Two messages whose full names differ only in case (see Contracts/CaseClash.cs): they are left out like any pair
/// whose formatter names collide, and every other message of the assembly keeps its formatter. That this file
/// compiles at all is half the test: the generator used to throw on the pair and emit nothing.
/// </summary>
public sealed class CaseClashTests
{
    [Fact]
    public void Messages_whose_names_differ_only_in_case_get_no_formatter_and_the_others_keep_theirs()
    {
        Assert.False(WireFormatters.IsRegistered<Order>());
        Assert.False(WireFormatters.IsRegistered<ORDER>());
        Assert.Null(GeneratedWireFormatters.GetFormatter<Order>());
        Assert.Null(GeneratedWireFormatters.GetFormatter<ORDER>());

        Assert.True(WireFormatters.IsRegistered<OrderPlaced>());
        Assert.Equal("93a16102a3312e35", Wire.Hex(new OrderLine("a", 2, 1.5m)));
    }

    [Fact]
    public void Message_referencing_a_left_out_message_is_left_out_too()
    {
        Assert.False(WireFormatters.IsRegistered<OrderHolder>());
        Assert.Throws<InvalidOperationException>(() => WireSerializer.Serialize(new OrderHolder(new Order(1))));
    }
}
