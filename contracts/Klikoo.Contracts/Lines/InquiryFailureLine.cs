using System.Diagnostics.CodeAnalysis;

namespace Klikoo.Contracts.Lines;

/// <summary>
/// A failed inquiry (docs/klikoo-interface.md#inquiry-replies): the product code is empty, so the line starts <c>R#.</c>:
/// <c>R#. CUSTNUM: 01105601111. REASON: CUSTID not recognized. Biller throws exception. Err:5110. @12:32:08.889517 12/11/2024</c>.
/// </summary>
/// <param name="CustomerNumber">The destination as sent (may be empty when it was missing).</param>
/// <param name="Reason">Why the inquiry failed; may hold dots and be empty.</param>
/// <param name="Timestamp">When the reply was written.</param>
public sealed record InquiryFailureLine(string CustomerNumber, string Reason, DateTimeOffset Timestamp) : RLine
{
    internal const string Marker = ". CUSTNUM: ";
    private const string ReasonMarker = ". REASON: ";
    private const string TimestampMarker = ". @";

    /// <inheritdoc />
    public override DateTimeOffset Timestamp { get; } = Timestamp;

    /// <summary>Parses an inquiry failure line.</summary>
    /// <exception cref="FormatException">The text is not an inquiry failure line.</exception>
    public static new InquiryFailureLine Parse(string line) => Parse<InquiryFailureLine>(line);

    /// <summary>Parses a line of this shape, returning <see langword="false"/> for any other text.</summary>
    public static bool TryParse([NotNullWhen(true)] string? line, [NotNullWhen(true)] out InquiryFailureLine? result) =>
        TryParse<InquiryFailureLine>(line, out result);

    /// <inheritdoc />
    public override void WriteTo(ref RLineFormatter formatter)
    {
        formatter.Literal(Prefix);
        formatter.Literal(Marker);
        formatter.Value(CustomerNumber);
        formatter.Literal(ReasonMarker);
        formatter.Value(Reason);
        formatter.Literal(TimestampMarker);
        formatter.Timestamp(Timestamp);
    }

    internal static InquiryFailureLine Read(ref RLineReader reader)
    {
        reader.Expect(Marker, "CUSTNUM");
        var customerNumber = reader.ReadUntil(ReasonMarker, "CUSTNUM");
        var reason = reader.ReadUntilLast(TimestampMarker, "REASON");
        var timestamp = reader.ReadTimestamp();
        reader.ExpectEnd("CURRENT_TIMESTAMP");
        return new InquiryFailureLine(customerNumber, reason, timestamp);
    }
}
