namespace Klikoo.Emulator.Fixtures;

/// <summary>
/// Holds the catalogue the handlers serve: loaded and validated at start (failing fast), then replaced whole on
/// each valid reload. A reload that fails keeps the last good catalogue and remembers why (STYLE: fixtures).
/// </summary>
public sealed class FixtureStore
{
    private readonly Lock _reloadGate = new();
    private readonly TimeProvider _wallClock;
    private volatile FixtureCatalog _current;
    private volatile FixtureReload _lastReload;

    public FixtureStore(string folder, TimeProvider wallClock)
    {
        Folder = folder;
        _wallClock = wallClock;
        var result = FixtureValidator.ValidateFolder(folder);
        _current = result.Catalog ?? throw new FixtureValidationException(folder, result.Errors);
        _lastReload = new FixtureReload(wallClock.GetUtcNow(), Succeeded: true, _current.Files.Count, []);
    }

    /// <summary>The folder the fixtures are read from (absolute).</summary>
    public string Folder { get; }

    /// <summary>The catalogue every request reads; replaced whole, never changed in place.</summary>
    public FixtureCatalog Current => _current;

    /// <summary>The outcome of the last load or reload, with its errors when it failed.</summary>
    public FixtureReload LastReload => _lastReload;

    /// <summary>Reads and validates the folder again; serves the result only when every file is valid.</summary>
    public FixtureReload Reload()
    {
        lock (_reloadGate)
        {
            FixtureValidationResult result;
            try
            {
                result = FixtureValidator.ValidateFolder(Folder);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A file caught mid-save, or the folder gone: keep serving what was good.
                result = new FixtureValidationResult(null, [new FixtureError(Folder, 1, 1, ex.Message)]);
            }

            if (result.Catalog is { } catalog)
            {
                _current = catalog;
            }

            return _lastReload = new FixtureReload(_wallClock.GetUtcNow(), result.IsValid, result.Catalog?.Files.Count ?? _current.Files.Count, result.Errors);
        }
    }
}
