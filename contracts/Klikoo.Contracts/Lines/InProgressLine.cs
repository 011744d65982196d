using System.Diagnostics.CodeAnalysis;

namespace Klikoo.Contracts.Lines;

/// <summary>
/// A transaction accepted but not final (docs/klikoo-interface.md#transaction-reports):
/// <c>R#00f7ade1-68df-4d58-a7c9-297ec86e6632 DNOPEN. 081111111111 INPROGRESS. TRXID: 14430673. @15:42:50.308103 23/10/2024</c>.
/// It carries no balance and no <c>&amp;refid=</c> tail.
/// </summary>
public sealed record InProgressLine(
    string RefId,
    string ProductCode,
    string Destination,
    string TransactionId,
    DateTimeOffset Timestamp) : TransactionLine(RefId, ProductCode, Destination, TransactionId, Timestamp)
{
    internal const string StatusWord = "INPROGRESS";

    /// <inheritdoc />
    public override TransactionStatus Status => TransactionStatus.InProgress;

    /// <summary>Parses an INPROGRESS report.</summary>
    /// <exception cref="FormatException">The text is not an INPROGRESS report.</exception>
    public static new InProgressLine Parse(string line) => Parse<InProgressLine>(line);

    /// <summary>Parses a line of this shape, returning <see langword="false"/> for any other text.</summary>
    public static bool TryParse([NotNullWhen(true)] string? line, [NotNullWhen(true)] out InProgressLine? result) =>
        TryParse<InProgressLine>(line, out result);

    /// <inheritdoc />
    public override void WriteTo(ref RLineFormatter formatter)
    {
        WriteHead(ref formatter, StatusWord);
        formatter.Literal(TransactionIdMarker);
        formatter.Value(TransactionId);
        formatter.Literal(". @");
        formatter.Timestamp(Timestamp);
    }

    internal static InProgressLine Read(ref RLineReader reader, string refId, string productCode, string destination)
    {
        reader.Expect(TransactionIdMarker, "TRXID");
        var transactionId = reader.ReadUntilLast(". @", "TRXID");
        var timestamp = reader.ReadTimestamp();
        reader.ExpectEnd("CURRENT_TIMESTAMP");
        return new InProgressLine(refId, productCode, destination, transactionId, timestamp);
    }
}
