namespace Klikoo.Contracts.Lines;

/// <summary>
/// A forward cursor over one R# line. Every failure throws <see cref="FormatException"/> naming the field
/// and the zero-based character position where the line stopped matching the layout.
/// </summary>
internal ref struct RLineReader(ReadOnlySpan<char> line)
{
    private readonly ReadOnlySpan<char> _line = line;
    private int _position;

    public readonly int Position => _position;

    public readonly ReadOnlySpan<char> Remaining => _line[_position..];

    public readonly bool StartsWith(scoped ReadOnlySpan<char> literal) => Remaining.StartsWith(literal, StringComparison.Ordinal);

    public void Expect(scoped ReadOnlySpan<char> literal, string field)
    {
        if (!StartsWith(literal))
        {
            throw Error(field, $"expected '{literal}'");
        }

        _position += literal.Length;
    }

    /// <summary>Reads the next <paramref name="length"/> characters, which the caller has found are there.</summary>
    public string Read(int length)
    {
        var value = new string(Remaining[..length]);
        _position += length;
        return value;
    }

    /// <summary>Reads up to the first occurrence of <paramref name="terminator"/> and consumes the terminator.</summary>
    public string ReadUntil(scoped ReadOnlySpan<char> terminator, string field)
    {
        var index = Remaining.IndexOf(terminator, StringComparison.Ordinal);
        return Take(index, terminator.Length, field, terminator);
    }

    /// <summary>Reads up to the last occurrence of <paramref name="terminator"/>: for free text that may itself hold dots (docs/klikoo-interface.md#transaction-reports).</summary>
    public string ReadUntilLast(scoped ReadOnlySpan<char> terminator, string field)
    {
        var index = Remaining.LastIndexOf(terminator, StringComparison.Ordinal);
        return Take(index, terminator.Length, field, terminator);
    }

    /// <summary>Reads up to the first of any of <paramref name="stops"/> without consuming the stop character.</summary>
    public string ReadToken(scoped ReadOnlySpan<char> stops, string field)
    {
        var index = Remaining.IndexOfAny(stops);
        if (index < 0)
        {
            throw Error(field, "unexpected end of line");
        }

        var token = new string(Remaining[..index]);
        _position += index;
        return token;
    }

    public long ReadNumber(scoped ReadOnlySpan<char> terminator, string field)
    {
        var start = _position;
        var text = ReadUntil(terminator, field);
        if (text.Length == 0 || text.Length > 18 || !text.AsSpan().ContainsOnlyDigits())
        {
            throw Error(field, $"'{text}' is not a whole number", start);
        }

        return long.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
    }

    public long ReadMoney(scoped ReadOnlySpan<char> terminator, string field)
    {
        var start = _position;
        var text = ReadUntil(terminator, field);
        if (!KlikooMoney.TryParseThousands(text, out var value))
        {
            throw Error(field, $"'{text}' is not an amount with thousands dots", start);
        }

        return value;
    }

    public DateTimeOffset ReadTimestamp(string field = "CURRENT_TIMESTAMP")
    {
        if (Remaining.Length < KlikooTimestamp.Length || !KlikooTimestamp.TryParse(Remaining[..KlikooTimestamp.Length], out var value))
        {
            throw Error(field, "expected HH:mm:ss.ffffff dd/MM/yyyy");
        }

        _position += KlikooTimestamp.Length;
        return value;
    }

    public readonly void ExpectEnd(string field)
    {
        if (_position != _line.Length)
        {
            throw Error(field, $"unexpected text '{Remaining}' after the line");
        }
    }

    public readonly FormatException Error(string field, string problem, int? position = null) =>
        new($"Not a Klikoo R# line: {field} at position {position ?? _position}: {problem}.");

    private string Take(int index, int terminatorLength, string field, scoped ReadOnlySpan<char> terminator)
    {
        if (index < 0)
        {
            throw Error(field, $"expected '{terminator}' after it");
        }

        var value = new string(Remaining[..index]);
        _position += index + terminatorLength;
        return value;
    }
}

internal static class RLineSpanExtensions
{
    public static bool ContainsOnlyDigits(this ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('0', '9');
}
