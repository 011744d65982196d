using Klikoo.Emulator.Fixtures;

namespace Klikoo.Emulator.Welcome;

/// <summary>The catalogue in a few lines, one per family with products, so a partner sees what to point a terminal at.</summary>
internal static class WelcomeCatalogue
{
    public static IReadOnlyList<string> Lines(FixtureCatalog catalog) =>
        [.. catalog.CatalogueFamilies.Select(f => f.Postpaid
            ? $"{f.Name} ({f.Category}, postpaid bills on the Open API): {Codes(f)}; account like {f.Example}"
            : $"{f.Name} ({f.Category}): {Codes(f)}; to like {f.Example}")];

    private static string Codes(CatalogueFamily family) =>
        string.Join(", ", family.Codes) + (family.Products > family.Codes.Count ? $" and {family.Products - family.Codes.Count} more" : "");
}
