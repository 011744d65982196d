namespace Klikoo.Emulator.State;

/// <summary>The shared state's log messages (event ids are unique across the emulator).</summary>
internal static partial class StateLog
{
    [LoggerMessage(43, LogLevel.Warning, "Redis at {Address} does not answer ({Reason}); buys answer \"Harap hubungi admin\" until it does")]
    public static partial void RedisLost(ILogger logger, string address, string reason);

    [LoggerMessage(44, LogLevel.Information, "Redis at {Address} answers again")]
    public static partial void RedisBack(ILogger logger, string address);
}
