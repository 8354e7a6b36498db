#if !NET
namespace System.Buffers;

/// <summary>netstandard2.0 has no <c>ArrayBufferWriter&lt;T&gt;</c>: the growable array writer <c>WireSerializer.Serialize</c> needs.</summary>
internal sealed class ArrayBufferWriter<T>(int initialCapacity) : IBufferWriter<T>
{
    private T[] _buffer = new T[Math.Max(initialCapacity, 1)];
    private int _written;

    public ReadOnlySpan<T> WrittenSpan => _buffer.AsSpan(0, _written);

    public void Advance(int count)
    {
        if (count < 0 || _written + count > _buffer.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        _written += count;
    }

    public Memory<T> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_written);
    }

    public Span<T> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_written);
    }

    private void Ensure(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_buffer.Length - _written >= needed)
        {
            return;
        }

        var size = Math.Max(_buffer.Length * 2, _written + needed);
        Array.Resize(ref _buffer, size);
    }
}
#endif
