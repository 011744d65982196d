using Klikoo.Emulator.Products;

namespace Klikoo.Emulator.Fixtures;

/// <summary>
/// Holds the catalogue the handlers serve: loaded and validated at start (failing fast), then replaced whole on
/// each valid reload. A reload that fails keeps the last good catalogue and remembers why.
/// </summary>
/// <remarks>
/// One reload runs at a time, on the thread pool, and no caller ever waits on a lock for it: a reload asked for while
/// one runs joins it. Each is bounded by the validation's time budget and stopped when the emulator stops.
/// </remarks>
public sealed class FixtureStore : IDisposable
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _wallClock;
    private readonly Func<string, CancellationToken, FixtureValidationResult> _check;
    private readonly CancellationTokenSource _stopping = new();
    private volatile FixtureCatalog _current;
    private volatile FixtureReload _lastReload;
    private volatile Task<FixtureReload>? _running;

    public FixtureStore(string folder, TimeProvider wallClock)
        : this(folder, wallClock, StandardFamilies.Table)
    {
    }

    /// <param name="folder">The fixtures folder.</param>
    /// <param name="wallClock">Stamps each reload.</param>
    /// <param name="families">The families the fixtures' <c>family:</c> may name.</param>
    public FixtureStore(string folder, TimeProvider wallClock, FamilyTable families)
        : this(folder, wallClock, (path, stopping) => FixtureValidator.ValidateFolder(path, families, stopping))
    {
    }

    /// <param name="folder">The fixtures folder.</param>
    /// <param name="wallClock">Stamps each reload.</param>
    /// <param name="check">Reads and validates the folder; tests pass one they can hold, to see a reload that is still running.</param>
    internal FixtureStore(string folder, TimeProvider wallClock, Func<string, CancellationToken, FixtureValidationResult> check)
    {
        Folder = folder;
        _wallClock = wallClock;
        _check = check;
        var result = check(folder, _stopping.Token);
        _current = result.Catalog ?? throw new FixtureValidationException(folder, result.Errors);
        _lastReload = new FixtureReload(wallClock.GetUtcNow(), Succeeded: true, _current.Files.Count, []);
    }

    /// <summary>The folder the fixtures are read from (absolute).</summary>
    public string Folder { get; }

    /// <summary>The catalogue every request reads; replaced whole, never changed in place.</summary>
    public FixtureCatalog Current => _current;

    /// <summary>The outcome of the last load or reload, with its errors when it failed.</summary>
    public FixtureReload LastReload => _lastReload;

    /// <summary>Whether a reload is running now.</summary>
    public bool IsReloading => _running is { IsCompleted: false };

    /// <summary>Reads and validates the folder again; serves the result only when every file is valid. Joins a reload already running.</summary>
    public Task<FixtureReload> ReloadAsync()
    {
        lock (_gate)
        {
            if (_running is { IsCompleted: false } running)
            {
                return running;
            }

            return _running = Task.Run(Run);
        }
    }

    /// <summary>Stops a running reload: the emulator is shutting down.</summary>
    /// <remarks>The source is cancelled, not disposed: a reload may still be starting on another thread and read its token.</remarks>
    public void Dispose() => _stopping.Cancel();

    private FixtureReload Run()
    {
        FixtureValidationResult result;
        try
        {
            result = _check(Folder, _stopping.Token);
        }
        catch (OperationCanceledException)
        {
            result = new FixtureValidationResult(null, [new FixtureError(".", 1, 1, "the reload was stopped: the emulator is stopping")]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The folder gone or unreadable: keep serving what was good.
            result = new FixtureValidationResult(null, [new FixtureError(".", 1, 1, ex.Message)]);
        }

        if (result.Catalog is { } catalog)
        {
            _current = catalog;
        }

        return _lastReload = new FixtureReload(_wallClock.GetUtcNow(), result.IsValid, result.Catalog?.Files.Count ?? _current.Files.Count, result.Errors);
    }
}
