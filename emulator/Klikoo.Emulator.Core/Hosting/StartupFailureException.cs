namespace Klikoo.Emulator.Hosting;

/// <summary>A start-up failure whose message already is the one plain line to print: the problem, then the fix.</summary>
public sealed class StartupFailureException(string message, Exception? innerException = null) : Exception(message, innerException);
