namespace Klikoo.Emulator.Fixtures;

/// <summary>A catalogue when every file is valid; otherwise every error found, and no catalogue.</summary>
public sealed record FixtureValidationResult(FixtureCatalog? Catalog, IReadOnlyList<FixtureError> Errors)
{
    public bool IsValid => Catalog is not null;
}
