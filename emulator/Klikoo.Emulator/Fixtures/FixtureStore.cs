namespace Klikoo.Emulator.Fixtures;

/// <summary>Holds the catalogue the handlers serve: loaded and validated when the emulator starts, failing fast.</summary>
public sealed class FixtureStore
{
    private readonly FixtureCatalog _current;

    public FixtureStore(string folder)
    {
        Folder = folder;
        var result = FixtureValidator.Validate(FixtureLoader.Load(folder));
        _current = result.Catalog ?? throw new FixtureValidationException(folder, result.Errors);
    }

    /// <summary>The folder the fixtures are read from (absolute).</summary>
    public string Folder { get; }

    /// <summary>The catalogue every request reads; replaced whole, never changed in place.</summary>
    public FixtureCatalog Current => _current;
}
