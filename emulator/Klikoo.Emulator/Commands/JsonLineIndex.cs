namespace Klikoo.Emulator.Commands;

/// <summary>
/// Turns a byte offset into the UTF-8 text of a JSON file (what <see cref="System.Text.Json.Utf8JsonReader"/> reports)
/// into the 1-based line and column an editor shows: columns count characters, not bytes.
/// </summary>
internal sealed class JsonLineIndex
{
    private readonly byte[] _text;
    private readonly List<int> _lineStarts = [0];

    public JsonLineIndex(byte[] text)
    {
        _text = text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>The line and column of the byte at <paramref name="offset"/>.</summary>
    public (int Line, int Column) At(long offset)
    {
        var clamped = (int)Math.Clamp(offset, 0, _text.Length);
        var line = _lineStarts.BinarySearch(clamped);
        line = line >= 0 ? line : ~line - 1;
        return (line + 1, Characters(_lineStarts[line], clamped) + 1);
    }

    /// <summary>The line and column of a reader error: its 0-based line and byte position in that line.</summary>
    public (int Line, int Column) At(long lineNumber, long bytePositionInLine) =>
        lineNumber < _lineStarts.Count ? At(_lineStarts[(int)lineNumber] + bytePositionInLine) : At(_text.Length);

    // UTF-8 continuation bytes (10xxxxxx) do not start a character.
    private int Characters(int from, int to)
    {
        var count = 0;
        for (var i = from; i < to; i++)
        {
            count += (_text[i] & 0xC0) == 0x80 ? 0 : 1;
        }

        return count;
    }
}
