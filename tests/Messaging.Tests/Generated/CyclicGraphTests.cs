using System.Collections.Generic;
using Messaging.Serialization;
using Messaging.Tests.Generated.Contracts;
using Xunit;

namespace Messaging.Tests.Generated;

public sealed class CyclicGraphTests
{
    [Fact]
    public void Cyclic_object_graph_fails_with_the_depth_error_instead_of_overflowing_the_stack()
    {
        var children = new List<TreeNode>();
        var root = new TreeNode("root", children);
        children.Add(root); // the node is its own child

        var error = Assert.Throws<WireSerializationException>(() => WireSerializer.Serialize(root));

        Assert.Equal("nesting exceeds the maximum depth of 64 while writing; is the object graph cyclic?", error.Message);
    }

    [Fact]
    public void Tree_as_deep_as_the_reader_allows_is_written_and_read_back()
    {
        // The reader counts each message and each collection as a level: a tree level is a node and its child list.
        const int Levels = WireReaderOptions.DefaultMaxDepth / 2;
        var node = new TreeNode("leaf", []);
        for (var depth = 1; depth < Levels; depth++)
        {
            node = new TreeNode($"level {depth}", [node]);
        }

        var back = WireSerializer.Deserialize<TreeNode>(WireSerializer.Serialize(node));

        var levels = 1;
        while (back.Children.Count > 0)
        {
            back = back.Children[0];
            levels++;
        }

        Assert.Equal(Levels, levels);
        Assert.Equal("leaf", back.Name);
    }
}
