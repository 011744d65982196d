namespace Klikoo.Contracts.Lines;

/// <summary>
/// A transaction report for a buy or a status check (docs/klikoo-interface.md#transaction-reports):
/// <c>R#[IDTRX] [PRODUCT_CODE]. [TO] [STATUS]. ... TRXID: [TRANSACTION_ID]...</c>.
/// </summary>
/// <param name="RefId">The partner's transaction id, exactly as sent (numeric or a UUID).</param>
/// <param name="ProductCode">Klikoo product code.</param>
/// <param name="Destination">The destination as sent: a phone number, a meter or customer id, or a game id with its zone (<c>123456789(1234)</c>, <c>123456789 1234</c>).</param>
/// <param name="TransactionId">Klikoo's transaction id: an integer or a UUID.</param>
/// <param name="Timestamp">When the report was written.</param>
public abstract record TransactionLine(
    string RefId,
    string ProductCode,
    string Destination,
    string TransactionId,
    DateTimeOffset Timestamp) : RLine
{
    private protected const string TransactionIdMarker = ". TRXID: ";
    private const string BalanceMarker = ". SISA SALDO: ";
    private const string RefIdTail = "&refid=";

    private static readonly string[] StatusWords = [InProgressLine.StatusWord, SuccessLine.StatusWord, FailedLine.StatusWord];

    // " WORD.": the space before and the dot after keep an id or a word that merely ends in a status word from ending the destination.
    private static readonly string[] StatusMarkers = [.. StatusWords.Select(word => $" {word}.")];

    /// <inheritdoc />
    public override DateTimeOffset Timestamp { get; } = Timestamp;

    /// <summary>The status word the line carries.</summary>
    public abstract TransactionStatus Status { get; }

    /// <summary>Writes <c>R#ref product. to STATUS</c>, the head every report shares.</summary>
    private protected void WriteHead(ref RLineFormatter formatter, string statusWord)
    {
        formatter.Literal(Prefix);
        formatter.Value(RefId);
        formatter.Literal(" ");
        formatter.Value(ProductCode);
        formatter.Literal(". ");
        formatter.Value(Destination);
        formatter.Literal(" ");
        formatter.Literal(statusWord);
    }

    /// <summary>Writes <c>. TRXID: id. SISA SALDO: b - d = a @ts&amp;refid=ref</c>, the tail of every final report.</summary>
    private protected void WriteFinalTail(ref RLineFormatter formatter, BalanceChange balance)
    {
        formatter.Literal(TransactionIdMarker);
        formatter.Value(TransactionId);
        formatter.Literal(BalanceMarker);
        formatter.Money(balance.Before);
        formatter.Literal(" - ");
        formatter.Money(balance.Deduction);
        formatter.Literal(" = ");
        formatter.Money(balance.After);
        formatter.Literal(" @");
        formatter.Timestamp(Timestamp);

        // docs/klikoo-interface.md#transaction-reports: only final reports end with &refid=, its value the ref_id.
        formatter.Literal(RefIdTail);
        formatter.Value(RefId);
    }

    internal static RLine Read(ref RLineReader reader)
    {
        // R#<ref> <product>. <to> <STATUS>. — or, for a request rejected before a transaction existed,
        // R#<ref> <product> FAILED. REASON: <reason>. TRXID: -. @<ts> (docs/klikoo-interface.md#transaction-reports: no dot after the product, no destination).
        var refId = reader.ReadToken(" ", "REF_ID");
        reader.Expect(" ", "REF_ID");
        var productCode = reader.ReadToken(" .", "PRODUCT_CODE");
        if (reader.StartsWith(RejectedLine.Marker))
        {
            return RejectedLine.Read(ref reader, refId, productCode);
        }

        reader.Expect(". ", "PRODUCT_CODE");
        var destination = ReadDestination(ref reader, out var statusWord);
        return statusWord switch
        {
            InProgressLine.StatusWord => InProgressLine.Read(ref reader, refId, productCode, destination),
            SuccessLine.StatusWord => SuccessLine.Read(ref reader, refId, productCode, destination),
            FailedLine.StatusWord => FailedLine.Read(ref reader, refId, productCode, destination),
            _ => throw new System.Diagnostics.UnreachableException($"ReadDestination returned the status '{statusWord}'."),
        };
    }

    /// <summary>
    /// Reads <c>[TO] [STATUS]</c>, consuming the status word but not the dot after it. A game id may carry its zone
    /// after a space (<c>123456789 1234</c>), so the destination is not one word: it ends at the first
    /// <c> INPROGRESS.</c>, <c> SUCCESS.</c> or <c> FAILED.</c> (docs/klikoo-interface.md#destinations-serial-numbers-and-names).
    /// </summary>
    private static string ReadDestination(ref RLineReader reader, out string statusWord)
    {
        var remaining = reader.Remaining;
        var end = -1;
        statusWord = "";
        for (var i = 0; i < StatusMarkers.Length; i++)
        {
            var at = remaining.IndexOf(StatusMarkers[i], StringComparison.Ordinal);
            if (at >= 0 && (end < 0 || at < end))
            {
                (end, statusWord) = (at, StatusWords[i]);
            }
        }

        if (end < 0)
        {
            // Name the word where the status should be: the last one before the first ". ".
            var dot = remaining.IndexOf(". ", StringComparison.Ordinal);
            var head = dot < 0 ? remaining : remaining[..dot];
            var start = head.LastIndexOf(' ') + 1;
            throw reader.Error("STATUS", $"unknown status '{head[start..]}'", reader.Position + start);
        }

        var destination = reader.Read(end);
        reader.Expect($" {statusWord}", "STATUS");
        return destination;
    }

    /// <summary>Reads <c>TRXID: id. SISA SALDO: b - d = a @ts&amp;refid=ref</c>, having consumed up to <c>TRXID: </c>.</summary>
    private protected static (string TransactionId, BalanceChange Balance, DateTimeOffset Timestamp) ReadFinalTail(
        ref RLineReader reader, string refId)
    {
        var transactionId = reader.ReadUntil(BalanceMarker, "TRXID");
        var before = reader.ReadMoney(" - ", "BALANCE_BEFORE");
        var deduction = reader.ReadMoney(" = ", "DEDUCTION");
        var after = reader.ReadMoney(" @", "BALANCE_AFTER");
        var timestamp = reader.ReadTimestamp();
        reader.Expect(RefIdTail, "REFERENCE_ID");
        var tailStart = reader.Position;
        var tailRefId = new string(reader.Remaining);
        if (tailRefId != refId)
        {
            throw reader.Error("REFERENCE_ID", $"'{tailRefId}' differs from the ref_id '{refId}' at the start", tailStart);
        }

        return (transactionId, new BalanceChange(before, deduction, after), timestamp);
    }
}
