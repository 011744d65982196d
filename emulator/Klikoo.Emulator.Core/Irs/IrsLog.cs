namespace Klikoo.Emulator.Irs;

/// <summary>The string interface's pipeline's log messages, source-generated so a disabled level costs nothing (event ids are unique across the emulator).</summary>
internal static partial class IrsLog
{
    [LoggerMessage(3, LogLevel.Error, "Unexpected failure on {Path}; answered with a Klikoo failure line")]
    public static partial void PublicRouteFailed(ILogger logger, Exception exception, string path);

    [LoggerMessage(45, LogLevel.Warning, "Redis did not answer on {Path} ({Reason}); answered \"Harap hubungi admin\"")]
    public static partial void SharedStateUnavailable(ILogger logger, string path, string reason);
}
