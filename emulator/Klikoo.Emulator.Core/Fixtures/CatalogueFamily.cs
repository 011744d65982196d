namespace Klikoo.Emulator.Fixtures;

/// <summary>
/// One family of the catalogue served, as the welcome page and the dashboard list it: its Open API category, its
/// products and a destination of its own rule (docs/fixtures.md#families).
/// </summary>
/// <param name="Name">The name products give in <c>family:</c>.</param>
/// <param name="Category">The Open API price list's category.</param>
/// <param name="Products">How many products the family has.</param>
/// <param name="Codes">The first product codes, shortest then alphabetical: a page stays short for a long price list.</param>
/// <param name="Example">A destination of the family's own rule (a product may name another, as Maxim's driver deposits do).</param>
/// <param name="Postpaid">A postpaid family: its bills are inquired and paid on the Open API only (docs/open-api.md#postpaid-bills).</param>
public sealed record CatalogueFamily(string Name, string Category, int Products, IReadOnlyList<string> Codes, string Example, bool Postpaid)
{
    /// <summary>Codes listed per family.</summary>
    public const int CodesShown = 6;

    /// <summary>The families with at least one product, in the table's order.</summary>
    public static IReadOnlyList<CatalogueFamily> Of(FixtureCatalog catalog) =>
    [
        .. catalog.Products.Values
            .GroupBy(p => p.Family.Name, StringComparer.Ordinal)
            .OrderBy(g => catalog.Families.TryGet(g.Key, out var family) ? catalog.Families.IndexOf(family) : int.MaxValue)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var family = g.First().Family;
                var codes = g.Select(p => p.Code).OrderBy(c => c.Length).ThenBy(c => c, StringComparer.Ordinal).Take(CodesShown).ToList();
                return new CatalogueFamily(g.Key, family.Category, g.Count(), codes, family.Destination.Example, family.Postpaid is not null);
            }),
    ];
}
