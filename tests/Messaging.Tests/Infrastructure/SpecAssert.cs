using System;
using System.Text.Json.Nodes;
using Xunit;

namespace Messaging.Tests.Infrastructure;

/// <summary>Compares <see cref="Spec"/>s, naming the case and showing both sides when they differ.</summary>
public static class SpecAssert
{
    public static void Same(string label, JsonNode expected, JsonNode actual) => Assert.True(
        JsonNode.DeepEquals(expected, actual),
        $"{label}:{Environment.NewLine}  expected {SpecCodec.Describe(expected)}{Environment.NewLine}  actual   {SpecCodec.Describe(actual)}");
}
