namespace Klikoo.Emulator.Hosting;

/// <summary>
/// Holds back the generic host's own error log while the command-line emulator starts: a start that fails is then
/// reported once, as one plain line naming the fix (<see cref="StartupProblem"/>), not as the host's stack traces,
/// and the disposal after it adds none either. Open in every other host.
/// </summary>
internal sealed class HostLogGate
{
    public const string Category = "Microsoft.Extensions.Hosting.Internal.Host";

    private volatile bool _holding;

    public void Hold() => _holding = true;

    public void Release() => _holding = false;

    /// <summary>The host's category at Information and above (it logs nothing there but errors), errors only when open.</summary>
    public bool Allows(LogLevel level) => level >= LogLevel.Information && (level < LogLevel.Error || !_holding);
}
