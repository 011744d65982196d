namespace Klikoo.Emulator.Callbacks;

/// <summary>The callbacks feature's log messages, source-generated so a disabled level costs nothing (event ids are unique across the emulator).</summary>
internal static partial class CallbackMessages
{
    [LoggerMessage(4, LogLevel.Warning, "Gave up delivering the report for ref_id {RefId} to {Host}: {Error}")]
    public static partial void CallbackGaveUp(ILogger logger, string refId, string host, string error);

    [LoggerMessage(20, LogLevel.Warning, "The report for ref_id {RefId} was not sent to client {ClientId}'s callback URL: {Reason}")]
    public static partial void CallbackNotSent(ILogger logger, string refId, string clientId, string reason);

    [LoggerMessage(21, LogLevel.Warning, "Stopped with {Count} callback report(s) still queued: Klikoo:Callbacks:DrainTimeout ({DrainTimeout}) ran out")]
    public static partial void CallbacksLeftUnsent(ILogger logger, int count, TimeSpan drainTimeout);

    [LoggerMessage(22, LogLevel.Information, "Stopping: delivering the {Count} queued callback {Reports} first, for at most {Seconds} s (Klikoo:Callbacks:DrainTimeout)")]
    public static partial void DrainingOnStop(ILogger logger, int count, string reports, double seconds);

    [LoggerMessage(42, LogLevel.Warning, "A report kept in Redis (outbox id {Id}) could not be read and is dropped")]
    public static partial void StoredCallbackUnreadable(ILogger logger, Exception exception, string id);
}
