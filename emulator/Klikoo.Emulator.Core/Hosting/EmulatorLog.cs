namespace Klikoo.Emulator.Hosting;

/// <summary>The host's log messages (start-up, background work), source-generated so a disabled level costs nothing; each feature has its own.</summary>
internal static partial class EmulatorLog
{
    [LoggerMessage(7, LogLevel.Error, "Background work failed and was skipped; the emulator keeps serving: {What}")]
    public static partial void BackgroundWorkFailed(ILogger logger, Exception exception, string what);

    [LoggerMessage(40, LogLevel.Information, "Klikoo Emulator {Version} is listening on {Addresses}\n  Fixtures:  {Folder} ({Counts}){Clock}\n  Start:     {Start} (routes, the sample account, an inquiry to try)\n  Dashboard: {Dashboard}\n  Stop with Ctrl+C.")]
    public static partial void Listening(ILogger logger, string version, string addresses, string folder, string counts, string clock, string start, string dashboard);

    [LoggerMessage(41, LogLevel.Critical, "The emulator could not start")]
    public static partial void StartFailed(ILogger logger, Exception exception);
}
