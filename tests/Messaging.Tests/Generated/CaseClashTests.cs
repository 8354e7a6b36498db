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
        Assert.False(MessagePackFormatters.IsRegistered<Order>());
        Assert.False(MessagePackFormatters.IsRegistered<ORDER>());
        Assert.Null(GeneratedMessagePackFormatters.GetFormatter<Order>());
        Assert.Null(GeneratedMessagePackFormatters.GetFormatter<ORDER>());

        Assert.True(MessagePackFormatters.IsRegistered<OrderPlaced>());
        Assert.Equal("93a16102a3312e35", Wire.Hex(new OrderLine("a", 2, 1.5m)));
    }

    [Fact]
    public void Message_referencing_a_left_out_message_is_left_out_too()
    {
        Assert.False(MessagePackFormatters.IsRegistered<OrderHolder>());
        Assert.Throws<InvalidOperationException>(() => MessagePackSerializer.Serialize(new OrderHolder(new Order(1))));
    }
}
