
namespace Klikoo.Emulator.State;

/// <summary>The shared state's log messages (event ids are unique across the emulator).</summary>
internal static partial class StateLog
{
    [LoggerMessage(43, LogLevel.Warning, "Redis fails: {Diagnosis}. Buys answer \"Harap hubungi admin\" (Open API 500xx8601) until it works again; logged once for this outage ({Address})")]
    public static partial void RedisFailing(ILogger logger, string address, string diagnosis);

    [LoggerMessage(44, LogLevel.Information, "Redis at {Address} answers again")]
    public static partial void RedisBack(ILogger logger, string address);
}
