namespace Klikoo.Emulator.Transactions;

/// <summary>The transactions feature's log messages, source-generated so a disabled level costs nothing (event ids are unique across the emulator).</summary>
internal static partial class TransactionLog
{
    [LoggerMessage(31, LogLevel.Error, "The report for ref_id {RefId} was not sent: its client's callback URL could not be made with it; the transaction stands")]
    public static partial void CallbackNotQueued(ILogger logger, Exception exception, string refId);

    [LoggerMessage(6, LogLevel.Warning, "More than {Capacity} final transactions: the oldest are now forgotten to keep memory bounded (Klikoo:Transactions:Capacity); their ref_ids sent again are refused, never charged twice")]
    public static partial void TransactionsForgotten(ILogger logger, int capacity);

    [LoggerMessage(30, LogLevel.Warning, "{Capacity} transactions are INPROGRESS: new buys that would wait are refused until some resolve (Klikoo:Transactions:PendingCapacity); re-checks and buys that resolve at once are still served")]
    public static partial void PendingTransactionsFull(ILogger logger, int capacity);

    [LoggerMessage(8, LogLevel.Warning, "Redis key {Key} in the due set is no transaction the emulator can read ({Problem}): it was taken out of the due set and will not resolve by itself; other transactions are not affected")]
    public static partial void UnreadableTransaction(ILogger logger, string key, string problem);
}
