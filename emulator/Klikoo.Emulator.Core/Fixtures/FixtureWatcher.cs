using Klikoo.Emulator.Clock;
using Klikoo.Emulator.Hosting;

namespace Klikoo.Emulator.Fixtures;

/// <summary>
/// Live reload. Every 250 ms (real time: a frozen emulator clock must not stop reloads) it takes a fingerprint of
/// the fixture files, their paths, sizes and write times, and reloads once a change has held still for one tick,
/// so an editor's save-in-several-writes reloads once. Polling rather than file events: events are lost for files
/// written into a folder created a moment before, and do not arrive at all on some Docker mounts.
/// </summary>
internal sealed class FixtureWatcher(FixtureStore store, ILogger<FixtureWatcher> logger) : IHostedService, IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private int _ticking;
    private ITimer? _timer;
    private string _served = "";
    private string _previous = "";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _served = _previous = FixtureLoader.Fingerprint(store.Folder);
        // Under the background guard: nothing a fixture file holds may end the process from a timer thread.
        _timer = WallClock.Instance.CreateTimer(_ => _ = BackgroundWork.RunAsync(logger, "fixture watcher tick", TickAsync), null, Interval, Interval);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _timer?.Dispose();
        _timer = null;
    }

    private async Task TickAsync()
    {
        // Ticks never overlap: a slow reload makes the next tick skip, not queue. A reload asked for through the admin
        // API may have read the files before this change: wait for it to end, then reload again.
        if (store.IsReloading || Interlocked.Exchange(ref _ticking, 1) == 1)
        {
            return;
        }

        try
        {
            var now = FixtureLoader.Fingerprint(store.Folder);
            var settled = now == _previous;
            _previous = now;
            if (!settled || now == _served)
            {
                return;
            }

            _served = now;
            var reload = await store.ReloadAsync();
            if (reload.Succeeded)
            {
                FixtureLog.FixturesServed(logger, store);
            }
            else
            {
                FixtureLog.FixturesReloadFailed(logger, store.Folder, string.Join(Environment.NewLine, reload.Errors));
            }
        }
        finally
        {
            Volatile.Write(ref _ticking, 0);
        }
    }
}
