using System.Globalization;

namespace Klikoo.Contracts.Lines;

/// <summary>Rupiah amounts as Klikoo writes them in <c>SISA SALDO</c>: Indonesian thousands dots (docs/klikoo-interface.md#transaction-reports, <c>97.411.793</c>).</summary>
public static class KlikooMoney
{
    private static readonly NumberFormatInfo Indonesian = new()
    {
        NumberGroupSeparator = ".",
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    /// <summary>Writes <paramref name="value"/> with thousands dots (<c>18800</c> becomes <c>18.800</c>).</summary>
    public static bool TryFormatThousands(long value, Span<char> destination, out int charsWritten) =>
        value.TryFormat(destination, out charsWritten, "#,0", Indonesian);

    /// <summary>Formats <paramref name="value"/> with thousands dots.</summary>
    public static string FormatThousands(long value) => value.ToString("#,0", Indonesian);

    /// <summary>
    /// Parses a rupiah amount with thousands dots. Groups after the first must have exactly three digits,
    /// so <c>1.2345</c> is rejected rather than read as 12345.
    /// </summary>
    public static bool TryParseThousands(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        var negative = text.Length > 0 && text[0] == '-';
        if (negative)
        {
            text = text[1..];
        }

        if (text.IsEmpty || text[0] == '.' || text[^1] == '.')
        {
            return false;
        }

        var digitsSinceDot = 0;
        var sawDot = false;
        foreach (var c in text)
        {
            if (c == '.')
            {
                if (digitsSinceDot == 0 || (sawDot && digitsSinceDot != 3) || (!sawDot && digitsSinceDot > 3))
                {
                    return false;
                }

                sawDot = true;
                digitsSinceDot = 0;
                continue;
            }

            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            if (value > (long.MaxValue - 9) / 10)
            {
                return false;
            }

            value = (value * 10) + (c - '0');
            digitsSinceDot++;
        }

        if (sawDot && digitsSinceDot != 3)
        {
            return false;
        }

        value = negative ? -value : value;
        return true;
    }
}
