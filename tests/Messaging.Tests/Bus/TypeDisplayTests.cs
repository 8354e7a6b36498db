using System;
using System.Collections.Generic;
using Xunit;

namespace Messaging.Tests.Bus;

/// <summary>Type names in start-up errors read as C# writes them.</summary>
public sealed class TypeDisplayTests
{
    [Theory]
    [InlineData(typeof(string), "System.String")]
    [InlineData(typeof(Dictionary<string, List<int>>), "System.Collections.Generic.Dictionary<System.String, System.Collections.Generic.List<System.Int32>>")]
    [InlineData(typeof(List<>), "System.Collections.Generic.List<T>")]
    [InlineData(typeof(int[,]), "System.Int32[,]")]
    [InlineData(typeof(Outer<int>.Inner<string>), "Messaging.Tests.Bus.TypeDisplayTests.Outer<System.Int32>.Inner<System.String>")]
    [InlineData(typeof(Outer<Guid>.Plain), "Messaging.Tests.Bus.TypeDisplayTests.Outer<System.Guid>.Plain")]
    [InlineData(typeof(Outer<>.Inner<>), "Messaging.Tests.Bus.TypeDisplayTests.Outer<T>.Inner<TInner>")]
    public void Names_read_as_csharp_writes_them(Type type, string expected) => Assert.Equal(expected, TypeDisplay.Name(type));

    public sealed class Outer<T>
    {
        public sealed class Inner<TInner>
        {
        }

        public sealed class Plain
        {
        }
    }
}
