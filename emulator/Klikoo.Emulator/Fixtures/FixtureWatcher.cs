using Klikoo.Emulator.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Klikoo.Emulator.Fixtures;

/// <summary>
/// Live reload: watches the fixtures folder and reloads a short, debounced moment after the last change, so an
/// editor's save-in-several-writes reloads once. Debounces on the real clock: a frozen emulator clock must not
/// stop reloads. Set DOTNET_USE_POLLING_FILE_WATCHER=1 where file events do not arrive (some Docker mounts).
/// </summary>
internal sealed class FixtureWatcher(FixtureStore store, ILogger<FixtureWatcher> logger) : IHostedService, IDisposable
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(250);
    private PhysicalFileProvider? _files;
    private IDisposable? _subscription;
    private ITimer? _debounce;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _files = new PhysicalFileProvider(store.Folder);
        _debounce = TimeProvider.System.CreateTimer(_ => Reload(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _subscription = ChangeToken.OnChange(
            () => new CompositeChangeToken([_files.Watch("**/*.yaml"), _files.Watch("**/*.yml")]),
            () => _debounce.Change(Debounce, Timeout.InfiniteTimeSpan));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _debounce?.Dispose();
        _files?.Dispose();
        _subscription = null;
        _debounce = null;
        _files = null;
    }

    private void Reload()
    {
        var reload = store.Reload();
        if (reload.Succeeded)
        {
            EmulatorLog.FixturesServed(logger, store);
        }
        else
        {
            EmulatorLog.FixturesReloadFailed(logger, store.Folder, string.Join(Environment.NewLine, reload.Errors));
        }
    }
}
