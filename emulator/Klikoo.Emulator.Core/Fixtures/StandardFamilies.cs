using Klikoo.Emulator.Products;

namespace Klikoo.Emulator.Fixtures;

/// <summary>
/// The standard families (Klikoo's documented pln, ovo, gopay, dana, maxim, and the rest of a prepaid catalogue:
/// pulsa, data, games, more e-money): the shipped <c>fixtures/families.yaml</c>, built into the
/// assembly and read by the same checks as any fixture file, so every fixtures folder knows them
/// (docs/fixtures.md#families).
/// </summary>
public static class StandardFamilies
{
    private const string Resource = "Klikoo.Emulator.Fixtures.families.yaml";

    /// <summary>The standard families, in the order the file declares them.</summary>
    /// <exception cref="InvalidOperationException">The built-in file is missing or invalid: a build defect, caught by the tests.</exception>
    public static FamilyTable Table { get; } = Load();

    private static FamilyTable Load()
    {
        using var stream = typeof(StandardFamilies).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"the built-in resource {Resource} is missing");
        using var reader = new StreamReader(stream);
        var result = FixtureValidator.Validate([new FixtureFile("families.yaml", reader.ReadToEnd())], new FamilyTable([]));
        return result.Catalog?.Families
            ?? throw new InvalidOperationException($"the built-in families are invalid: {string.Join("; ", result.Errors)}");
    }
}
