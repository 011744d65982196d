using System.Diagnostics.CodeAnalysis;

namespace Klikoo.Contracts.Lines;

/// <summary>
/// A transaction that failed after it was created (docs/klikoo-interface.md#transaction-reports):
/// <c>R#204900199 MXD40. 151443938 FAILED. REASON: FR_NOT_SELECTED. TRXID: 3f613573-893a-418d-90ce-2b84778e1454. SISA SALDO: 31.515.657 - 0 = 31.473.857 @18:21:31.327611 16/02/2024&amp;refid=204900199</c>.
/// </summary>
/// <param name="RefId">The partner's transaction id.</param>
/// <param name="ProductCode">Klikoo product code.</param>
/// <param name="Destination">The destination.</param>
/// <param name="Reason">Why it failed; may hold dots and be empty (written <c>REASON: .</c>).</param>
/// <param name="TransactionId">Klikoo's transaction id.</param>
/// <param name="Balance">The partner's balance; the deduction is 0 on failure.</param>
/// <param name="Timestamp">When the report was written.</param>
public sealed record FailedLine(
    string RefId,
    string ProductCode,
    string Destination,
    string Reason,
    string TransactionId,
    BalanceChange Balance,
    DateTimeOffset Timestamp) : TransactionLine(RefId, ProductCode, Destination, TransactionId, Timestamp)
{
    internal const string StatusWord = "FAILED";

    /// <inheritdoc />
    public override TransactionStatus Status => TransactionStatus.Failed;

    /// <summary>Parses a FAILED report of an existing transaction.</summary>
    /// <exception cref="FormatException">The text is not a FAILED report.</exception>
    public static new FailedLine Parse(string line) => Parse<FailedLine>(line);

    /// <summary>Parses a line of this shape, returning <see langword="false"/> for any other text.</summary>
    public static bool TryParse([NotNullWhen(true)] string? line, [NotNullWhen(true)] out FailedLine? result) =>
        TryParse<FailedLine>(line, out result);

    /// <inheritdoc />
    public override void WriteTo(ref RLineFormatter formatter)
    {
        WriteHead(ref formatter, StatusWord);
        formatter.Literal(". REASON: ");
        formatter.Value(Reason);
        WriteFinalTail(ref formatter, Balance);
    }

    internal static FailedLine Read(ref RLineReader reader, string refId, string productCode, string destination)
    {
        reader.Expect(". REASON: ", "REASON");
        var reason = reader.ReadUntilLast(TransactionIdMarker, "REASON");
        var (transactionId, balance, timestamp) = ReadFinalTail(ref reader, refId);
        return new FailedLine(refId, productCode, destination, reason, transactionId, balance, timestamp);
    }
}
