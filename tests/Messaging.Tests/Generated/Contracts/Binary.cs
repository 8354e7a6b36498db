using System;

namespace Messaging.Tests.Generated.Contracts;

[Message]
public sealed record BinaryValues(byte[]? Bytes, ReadOnlyMemory<byte> ReadOnly, Memory<byte> Writable);
