using System.Globalization;

namespace Klikoo.Contracts.Lines;

/// <summary>
/// The <c>CURRENT_TIMESTAMP</c> field of every R# line: WIB wall time as <c>HH:mm:ss.ffffff dd/MM/yyyy</c>
/// (docs/klikoo-interface.md#inquiry-replies: six fractional digits, no zone written).
/// </summary>
public static class KlikooTimestamp
{
    /// <summary>Western Indonesian Time, the zone Klikoo writes its timestamps in (UTC+07:00, no daylight saving).</summary>
    public static readonly TimeSpan WibOffset = TimeSpan.FromHours(7);

    /// <summary>Number of characters a formatted timestamp always takes.</summary>
    public const int Length = 26;

    private const string Pattern = "HH':'mm':'ss'.'ffffff dd'/'MM'/'yyyy";

    /// <summary>Writes <paramref name="value"/> converted to WIB into <paramref name="destination"/>.</summary>
    /// <returns><see langword="false"/> when the destination is shorter than <see cref="Length"/>.</returns>
    public static bool TryFormat(DateTimeOffset value, Span<char> destination, out int charsWritten) =>
        value.ToOffset(WibOffset).TryFormat(destination, out charsWritten, Pattern, CultureInfo.InvariantCulture);

    /// <summary>Formats <paramref name="value"/> converted to WIB.</summary>
    public static string Format(DateTimeOffset value) =>
        value.ToOffset(WibOffset).ToString(Pattern, CultureInfo.InvariantCulture);

    /// <summary>Parses a timestamp as written by Klikoo; the result carries the WIB offset.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DateTimeOffset value)
    {
        if (text.Length == Length &&
            DateTime.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            value = new DateTimeOffset(local, WibOffset);
            return true;
        }

        value = default;
        return false;
    }
}
