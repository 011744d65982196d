using System.Buffers;

namespace Klikoo.Contracts.Lines;

/// <summary>
/// Builds one R# line into a caller-supplied buffer, growing into a pooled array only when a line outgrows it.
/// This is the only code that writes separators; every line type describes itself through it.
/// </summary>
public ref struct RLineFormatter
{
    // long.MinValue with thousands dots: 20 digits, 6 dots and a sign.
    private const int MaxNumberLength = 27;

    private char[]? _rented;
    private Span<char> _buffer;
    private int _length;

    /// <summary>Starts a line in <paramref name="initialBuffer"/> (a <c>stackalloc</c> of 256 chars fits every documented line).</summary>
    public RLineFormatter(Span<char> initialBuffer)
    {
        _rented = null;
        _buffer = initialBuffer;
        _length = 0;
    }

    /// <summary>The characters written so far.</summary>
    public readonly ReadOnlySpan<char> Written => _buffer[.._length];

    /// <summary>Writes a fixed part of the layout (a keyword or separator), unchanged.</summary>
    public void Literal(scoped ReadOnlySpan<char> text)
    {
        Ensure(text.Length);
        text.CopyTo(_buffer[_length..]);
        _length += text.Length;
    }

    /// <summary>
    /// Writes a value. Characters that could end or split the line (control characters, line and paragraph
    /// separators) become <c>?</c>, so whatever a caller echoes, the reply stays one line (docs/klikoo-interface.md#decisions).
    /// </summary>
    public void Value(scoped ReadOnlySpan<char> text)
    {
        Ensure(text.Length);
        var target = _buffer[_length..];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            target[i] = IsLineBreaking(c) ? '?' : c;
        }

        _length += text.Length;
    }

    /// <summary>Writes a plain integer (<c>PRICE: 20546</c>).</summary>
    public void Number(long value)
    {
        Ensure(MaxNumberLength);
        value.TryFormat(_buffer[_length..], out var written, provider: System.Globalization.CultureInfo.InvariantCulture);
        _length += written;
    }

    /// <summary>Writes a rupiah amount with Indonesian thousands dots (<c>97.411.793</c>).</summary>
    public void Money(long value)
    {
        Ensure(MaxNumberLength);
        KlikooMoney.TryFormatThousands(value, _buffer[_length..], out var written);
        _length += written;
    }

    /// <summary>Writes a WIB timestamp without the leading <c>@</c>.</summary>
    public void Timestamp(DateTimeOffset value)
    {
        Ensure(KlikooTimestamp.Length);
        KlikooTimestamp.TryFormat(value, _buffer[_length..], out var written);
        _length += written;
    }

    /// <summary>Returns the line as a string and releases any pooled buffer.</summary>
    public override string ToString()
    {
        var result = new string(_buffer[.._length]);
        Dispose();
        return result;
    }

    /// <summary>Releases any pooled buffer; the formatter must not be used afterwards.</summary>
    public void Dispose()
    {
        var rented = _rented;
        _rented = null;
        _buffer = default;
        _length = 0;
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    internal static bool IsLineBreaking(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';

    private void Ensure(int additional)
    {
        if (_length + additional <= _buffer.Length)
        {
            return;
        }

        var grown = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + additional));
        _buffer[.._length].CopyTo(grown);
        if (_rented is not null)
        {
            ArrayPool<char>.Shared.Return(_rented);
        }

        _rented = grown;
        _buffer = grown;
    }
}
