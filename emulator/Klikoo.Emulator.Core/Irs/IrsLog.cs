namespace Klikoo.Emulator.Irs;

/// <summary>The string interface's pipeline's log messages, source-generated so a disabled level costs nothing (event ids are unique across the emulator).</summary>
internal static partial class IrsLog
{
    [LoggerMessage(3, LogLevel.Error, "Unexpected failure on {Path}; answered with a Klikoo failure line")]
    public static partial void PublicRouteFailed(ILogger logger, Exception exception, string path);
}
