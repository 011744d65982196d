using System.Diagnostics.CodeAnalysis;

namespace Klikoo.Contracts.Lines;

/// <summary>
/// A buy rejected before any transaction existed, e.g. by validation (docs/klikoo-interface.md#transaction-reports): no dot after the product code,
/// no destination, no balance, and <c>TRXID: -</c>:
/// <c>R#00f7ade1-68df-4d58-a7c9-297ec86e6632 DNOPEN FAILED. REASON: Amount must be in numbers only. TRXID: -. @15:45:02.875417 23/10/2024</c>.
/// </summary>
/// <param name="RefId">The partner's transaction id as sent (may be empty when it was missing).</param>
/// <param name="ProductCode">The product code as sent (may be empty).</param>
/// <param name="Reason">Why the request was rejected.</param>
/// <param name="Timestamp">When the reply was written.</param>
public sealed record RejectedLine(string RefId, string ProductCode, string Reason, DateTimeOffset Timestamp) : RLine
{
    internal const string Marker = " FAILED. REASON: ";
    private const string Tail = ". TRXID: -. @";

    /// <summary>The <c>TRXID</c> Klikoo writes when no transaction was created.</summary>
    public const string NoTransactionId = "-";

    /// <inheritdoc />
    public override DateTimeOffset Timestamp { get; } = Timestamp;

    /// <summary>Parses a rejected-request line.</summary>
    /// <exception cref="FormatException">The text is not a rejected-request line.</exception>
    public static new RejectedLine Parse(string line) => Parse<RejectedLine>(line);

    /// <summary>Parses a line of this shape, returning <see langword="false"/> for any other text.</summary>
    public static bool TryParse([NotNullWhen(true)] string? line, [NotNullWhen(true)] out RejectedLine? result) =>
        TryParse<RejectedLine>(line, out result);

    /// <inheritdoc />
    public override void WriteTo(ref RLineFormatter formatter)
    {
        formatter.Literal(Prefix);
        formatter.Value(RefId);
        formatter.Literal(" ");
        formatter.Value(ProductCode);
        formatter.Literal(Marker);
        formatter.Value(Reason);
        formatter.Literal(Tail);
        formatter.Timestamp(Timestamp);
    }

    internal static RejectedLine Read(ref RLineReader reader, string refId, string productCode)
    {
        reader.Expect(Marker, "STATUS");
        var reason = reader.ReadUntilLast(Tail, "REASON");
        var timestamp = reader.ReadTimestamp();
        reader.ExpectEnd("CURRENT_TIMESTAMP");
        return new RejectedLine(refId, productCode, reason, timestamp);
    }
}
