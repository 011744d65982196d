namespace Klikoo.Emulator.Hosting;

/// <summary>
/// The one guard every background loop and timer callback runs under (fixture watcher, transaction timers,
/// callback senders, drains): an exception is logged and the loop goes on. An exception escaping a timer or
/// thread-pool callback ends the whole process, so nothing user-supplied may ever reach one unguarded.
/// </summary>
internal static class BackgroundWork
{
    /// <summary>Runs <paramref name="work"/>; logs and swallows anything it throws.</summary>
    public static void Run(ILogger logger, string what, Action work)
    {
        try
        {
            work();
        }
#pragma warning disable CA1031 // The point of this guard: no exception may escape to the timer or thread pool.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            EmulatorLog.BackgroundWorkFailed(logger, ex, what);
        }
    }

    /// <summary>Awaits <paramref name="work"/>; logs and swallows anything it throws but cancellation by <paramref name="stopping"/>.</summary>
    public static async Task RunAsync(ILogger logger, string what, Func<Task> work, CancellationToken stopping = default)
    {
        try
        {
            await work();
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopping: not a failure.
        }
#pragma warning disable CA1031 // As above.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            EmulatorLog.BackgroundWorkFailed(logger, ex, what);
        }
    }
}
