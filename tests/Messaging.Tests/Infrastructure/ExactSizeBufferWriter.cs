using System;
using System.Buffers;
using System.Collections.Generic;

namespace Messaging.Tests.Infrastructure;

/// <summary>
/// An <see cref="IBufferWriter{T}"/> that hands out a fresh span of exactly the requested size (one byte when no
/// size is given) every time, so a writer has to go back for more space as often as possible. It checks the
/// contract as it goes: <see cref="Advance"/> never past the span handed out, never twice for one span.
/// </summary>
public sealed class ExactSizeBufferWriter : IBufferWriter<byte>
{
    private readonly List<byte> _written = [];
    private byte[]? _current;

    /// <summary>How many times a span was requested.</summary>
    public int SpansHandedOut { get; private set; }

    /// <summary>The largest size hint received.</summary>
    public int LargestRequest { get; private set; }

    /// <summary>Everything advanced so far.</summary>
    public byte[] WrittenBytes => [.. _written];

    public void Advance(int count)
    {
        if (_current is null)
        {
            throw new InvalidOperationException("Advance without an outstanding span.");
        }

        if (count < 0 || count > _current.Length)
        {
            throw new InvalidOperationException($"Advance({count}) past the {_current.Length} bytes handed out.");
        }

        _written.AddRange(_current.AsSpan(0, count));
        _current = null;
    }

    public Memory<byte> GetMemory(int sizeHint = 0) => Next(sizeHint);

    public Span<byte> GetSpan(int sizeHint = 0) => Next(sizeHint);

    private byte[] Next(int sizeHint)
    {
        SpansHandedOut++;
        LargestRequest = Math.Max(LargestRequest, sizeHint);

        // Fill with a marker so bytes the writer forgot to set would show up in the output.
        _current = new byte[Math.Max(sizeHint, 1)];
        _current.AsSpan().Fill(0xc1);
        return _current;
    }
}
