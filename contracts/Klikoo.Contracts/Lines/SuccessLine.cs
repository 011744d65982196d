using System.Diagnostics.CodeAnalysis;

namespace Klikoo.Contracts.Lines;

/// <summary>
/// A successful transaction (docs/klikoo-interface.md#transaction-reports):
/// <c>R#13574661 PLN50. 14444941364 SUCCESS. SN: 2514-1798-8056-2280-2824/HASMALINDA/R1M/900VA/33.7. TRXID: 20356853. SISA SALDO: 13.608.663 - 50.102 = 13.558.561 @09:46:23.848418 16/12/2024&amp;refid=13574661</c>.
/// </summary>
/// <param name="RefId">The partner's transaction id.</param>
/// <param name="ProductCode">Klikoo product code.</param>
/// <param name="Destination">The destination.</param>
/// <param name="SerialNumber">The SN or PLN token; may hold dots, dashes, slashes and spaces, e.g. <c>MLBB/86 Diamonds/123456789(1234)</c> (it ends at <c>. TRXID:</c>).</param>
/// <param name="TransactionId">Klikoo's transaction id.</param>
/// <param name="Balance">The partner's balance before and after the charge.</param>
/// <param name="Timestamp">When the report was written.</param>
public sealed record SuccessLine(
    string RefId,
    string ProductCode,
    string Destination,
    string SerialNumber,
    string TransactionId,
    BalanceChange Balance,
    DateTimeOffset Timestamp) : TransactionLine(RefId, ProductCode, Destination, TransactionId, Timestamp)
{
    internal const string StatusWord = "SUCCESS";

    /// <inheritdoc />
    public override TransactionStatus Status => TransactionStatus.Success;

    /// <summary>Parses a SUCCESS report.</summary>
    /// <exception cref="FormatException">The text is not a SUCCESS report.</exception>
    public static new SuccessLine Parse(string line) => Parse<SuccessLine>(line);

    /// <summary>Parses a line of this shape, returning <see langword="false"/> for any other text.</summary>
    public static bool TryParse([NotNullWhen(true)] string? line, [NotNullWhen(true)] out SuccessLine? result) =>
        TryParse<SuccessLine>(line, out result);

    /// <inheritdoc />
    public override void WriteTo(ref RLineFormatter formatter)
    {
        WriteHead(ref formatter, StatusWord);
        formatter.Literal(". SN: ");
        formatter.Value(SerialNumber);
        WriteFinalTail(ref formatter, Balance);
    }

    internal static SuccessLine Read(ref RLineReader reader, string refId, string productCode, string destination)
    {
        reader.Expect(". SN: ", "SN");

        // docs/klikoo-interface.md#destinations-serial-numbers-and-names: the SN may contain '.', '-', '/' and spaces: it ends at the last ". TRXID: ", not at the first dot.
        var serialNumber = reader.ReadUntilLast(TransactionIdMarker, "SN");
        var (transactionId, balance, timestamp) = ReadFinalTail(ref reader, refId);
        return new SuccessLine(refId, productCode, destination, serialNumber, transactionId, balance, timestamp);
    }
}
