using System.Diagnostics.CodeAnalysis;

namespace Klikoo.Contracts.Lines;

/// <summary>
/// One reply line of Klikoo's IRS/Otomax interface. Every reply, success or failure, is a single line starting
/// with <c>R#</c> (docs/klikoo-interface.md#endpoints); only its text tells the outcome. Each documented shape is a sealed subtype.
/// </summary>
public abstract record RLine
{
    /// <summary>The line prefix every reply starts with.</summary>
    public const string Prefix = "R#";

    // Every documented line fits; longer ones (long reasons) grow into a pooled buffer.
    private const int StackBufferLength = 256;

    /// <summary>When the line was written (<c>CURRENT_TIMESTAMP</c>, WIB).</summary>
    public abstract DateTimeOffset Timestamp { get; }

    /// <summary>Writes the line through <paramref name="formatter"/>, the only writer of separators.</summary>
    public abstract void WriteTo(ref RLineFormatter formatter);

    /// <summary>Formats the line exactly as Klikoo writes it, without a trailing newline.</summary>
    public string Format()
    {
        var formatter = new RLineFormatter(stackalloc char[StackBufferLength]);
        WriteTo(ref formatter);
        return formatter.ToString();
    }

    /// <summary>The formatted line.</summary>
    public sealed override string ToString() => Format();

    /// <summary>Parses any documented line shape.</summary>
    /// <exception cref="FormatException">The text is not a Klikoo line; the message names the field and position.</exception>
    public static RLine Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var reader = new RLineReader(line);
        reader.Expect(Prefix, "R# prefix");
        if (reader.StartsWith(InquiryFailureLine.Marker))
        {
            return InquiryFailureLine.Read(ref reader);
        }

        if (LooksLikeInquirySuccess(reader.Remaining))
        {
            return InquirySuccessLine.Read(ref reader);
        }

        return TransactionLine.Read(ref reader);
    }

    /// <summary>Parses any documented line shape, returning <see langword="false"/> instead of throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? line, [NotNullWhen(true)] out RLine? result)
    {
        result = null;
        if (line is null)
        {
            return false;
        }

        try
        {
            result = Parse(line);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Parses a line of shape <typeparamref name="TLine"/>, returning <see langword="false"/> for any other text.</summary>
    private protected static bool TryParse<TLine>([NotNullWhen(true)] string? line, [NotNullWhen(true)] out TLine? result)
        where TLine : RLine
    {
        result = TryParse(line, out var parsed) ? parsed as TLine : null;
        return result is not null;
    }

    /// <summary>Parses a line that must be of shape <typeparamref name="TLine"/>.</summary>
    private protected static TLine Parse<TLine>(string line)
        where TLine : RLine =>
        Parse(line) as TLine
            ?? throw new FormatException($"Not a Klikoo R# line of the expected shape: expected {typeof(TLine).Name}, got '{line}'.");

    // Inquiry success: R#<PRODUCT_CODE>. PRICE: ... — the product code holds no space; a transaction starts R#<ref> <product>.
    private static bool LooksLikeInquirySuccess(ReadOnlySpan<char> afterPrefix)
    {
        var price = afterPrefix.IndexOf(InquirySuccessLine.PriceMarker, StringComparison.Ordinal);
        return price > 0 && !afterPrefix[..price].Contains(' ');
    }
}
