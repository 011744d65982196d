using Klikoo.Emulator.Hosting;
using Microsoft.Extensions.Logging;

namespace Klikoo.Emulator.Tests.Hosting;

/// <summary>The guard every background loop and timer runs under: what the work throws is logged, never rethrown.</summary>
public sealed class BackgroundWorkTests
{
    [Test]
    public void Run_WorkThrows_LoggedAsAnErrorAndSwallowed()
    {
        var logger = new RecordingLogger();

        var run = () => BackgroundWork.Run(logger, "a test timer", () => throw new InvalidOperationException("boom"));

        run.Should().NotThrow();
        logger.Entries.Should().ContainSingle().Which.Should().Match<(LogLevel Level, string Message, Exception? Error)>(
            e => e.Level == LogLevel.Error && e.Message.Contains("a test timer", StringComparison.Ordinal) && e.Error is InvalidOperationException);
    }

    [Test]
    public async Task RunAsync_WorkThrows_LoggedAndSwallowed()
    {
        var logger = new RecordingLogger();

        var run = () => BackgroundWork.RunAsync(logger, "a test loop", () => Task.FromException(new IOException("gone")));

        await run.Should().NotThrowAsync();
        logger.Entries.Should().ContainSingle().Which.Error.Should().BeOfType<IOException>();
    }

    [Test]
    public async Task RunAsync_CancelledBecauseStopping_NotAFailure()
    {
        var logger = new RecordingLogger();
        using var stopping = new CancellationTokenSource();
        await stopping.CancelAsync();

        await BackgroundWork.RunAsync(logger, "a test loop", () => Task.FromCanceled(stopping.Token), stopping.Token);

        logger.Entries.Should().BeEmpty();
    }

    private sealed class RecordingLogger : ILogger
    {
        public List<(LogLevel Level, string Message, Exception? Error)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception), exception));
    }
}
