using System;

namespace Messaging;

/// <summary>A header a message carries for a headers exchange: its name and how to read its value from the message.</summary>
/// <typeparam name="T">The message type.</typeparam>
/// <param name="Name">The header name, e.g. <c>region</c>.</param>
/// <param name="Value">Reads the header's value from a message.</param>
public sealed record RoutingHeader<T>(string Name, Func<T, string> Value)
    where T : class;
