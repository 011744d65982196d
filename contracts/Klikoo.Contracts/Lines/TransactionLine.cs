namespace Klikoo.Contracts.Lines;

/// <summary>
/// A transaction report for a buy or a status check (docs/klikoo-interface.md#transaction-reports):
/// <c>R#[IDTRX] [PRODUCT_CODE]. [TO] [STATUS]. ... TRXID: [TRANSACTION_ID]...</c>.
/// </summary>
/// <param name="RefId">The partner's transaction id, exactly as sent (numeric or a UUID).</param>
/// <param name="ProductCode">Klikoo product code.</param>
/// <param name="Destination">The destination (phone number, meter or customer id).</param>
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
        var destination = reader.ReadToken(" ", "TO");
        reader.Expect(" ", "TO");
        var statusStart = reader.Position;
        var statusWord = reader.ReadToken(".", "STATUS");
        return statusWord switch
        {
            InProgressLine.StatusWord => InProgressLine.Read(ref reader, refId, productCode, destination),
            SuccessLine.StatusWord => SuccessLine.Read(ref reader, refId, productCode, destination),
            FailedLine.StatusWord => FailedLine.Read(ref reader, refId, productCode, destination),
            _ => throw reader.Error("STATUS", $"unknown status '{statusWord}'", statusStart),
        };
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
