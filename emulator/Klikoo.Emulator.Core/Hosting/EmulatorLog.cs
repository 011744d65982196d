using Klikoo.Emulator.Fixtures;

namespace Klikoo.Emulator.Hosting;

/// <summary>The emulator's log messages, source-generated so a disabled level costs nothing.</summary>
internal static partial class EmulatorLog
{
    [LoggerMessage(1, LogLevel.Information, "Serving fixtures from {Folder}: {Files} file(s), {Products} product(s), {Customers} customer(s), {Clients} client(s)")]
    public static partial void FixturesServed(ILogger logger, string folder, int files, int products, int customers, int clients);

    [LoggerMessage(2, LogLevel.Critical, "{Message}")]
    public static partial void FixturesInvalid(ILogger logger, string message);

    [LoggerMessage(3, LogLevel.Error, "Unexpected failure on {Path}; answered with a Klikoo failure line")]
    public static partial void PublicRouteFailed(ILogger logger, Exception exception, string path);

    [LoggerMessage(4, LogLevel.Warning, "Gave up delivering the report for ref_id {RefId} to {Host}: {Error}")]
    public static partial void CallbackGaveUp(ILogger logger, string refId, string host, string error);

    [LoggerMessage(5, LogLevel.Error, "Fixtures in {Folder} were not reloaded; the last good ones are still served:\n{Errors}")]
    public static partial void FixturesReloadFailed(ILogger logger, string folder, string errors);

    [LoggerMessage(6, LogLevel.Warning, "More than {Capacity} final transactions: the oldest are now forgotten to keep memory bounded (Klikoo:Transactions:Capacity); their ref_ids sent again are refused, never charged twice")]
    public static partial void TransactionsForgotten(ILogger logger, int capacity);

    [LoggerMessage(7, LogLevel.Error, "Background work failed and was skipped; the emulator keeps serving: {What}")]
    public static partial void BackgroundWorkFailed(ILogger logger, Exception exception, string what);

    [LoggerMessage(40, LogLevel.Information, "Klikoo Emulator {Version} is listening on {Addresses}\n  Fixtures:  {Folder} ({Counts})\n  Start:     {Start} (routes, the sample account, an inquiry to try)\n  Dashboard: {Dashboard}\n  Stop with Ctrl+C.")]
    public static partial void Listening(ILogger logger, string version, string addresses, string folder, string counts, string start, string dashboard);

    [LoggerMessage(41, LogLevel.Critical, "The emulator could not start")]
    public static partial void StartFailed(ILogger logger, Exception exception);

    [LoggerMessage(30, LogLevel.Warning, "{Capacity} transactions are INPROGRESS: new buys that would wait are refused until some finish (Klikoo:Transactions:PendingCapacity); re-checks and buys that finish at once are still served")]
    public static partial void PendingTransactionsFull(ILogger logger, int capacity);

    [LoggerMessage(31, LogLevel.Error, "The report for ref_id {RefId} was not sent: its client's callback URL could not be made with it; the transaction stands")]
    public static partial void CallbackNotQueued(ILogger logger, Exception exception, string refId);

    [LoggerMessage(20, LogLevel.Warning, "The report for ref_id {RefId} was not sent to client {ClientId}'s callback URL: {Reason}")]
    public static partial void CallbackNotSent(ILogger logger, string refId, string clientId, string reason);

    [LoggerMessage(21, LogLevel.Warning, "Stopped with {Count} callback report(s) still queued: Klikoo:Callbacks:DrainTimeout ({DrainTimeout}) ran out")]
    public static partial void CallbacksLeftUnsent(ILogger logger, int count, TimeSpan drainTimeout);

    public static void FixturesServed(ILogger logger, FixtureStore store) =>
        FixturesServed(logger, store.Folder, store.Current.Files.Count, store.Current.Products.Count, store.Current.CustomerCount, store.Current.Clients.Count);
}
