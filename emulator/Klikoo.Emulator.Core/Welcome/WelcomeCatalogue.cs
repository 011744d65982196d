using Klikoo.Emulator.Fixtures;

namespace Klikoo.Emulator.Welcome;

/// <summary>
/// The catalogue in a few lines, one per family with products: its Open API category, its product codes and a
/// destination it accepts, so a partner sees what to point a terminal at (docs/fixtures.md#families).
/// </summary>
/// <param name="Family">The name products give in <c>family:</c>.</param>
/// <param name="Category">The Open API price list's category.</param>
/// <param name="Codes">The family's product codes, shortest and then alphabetical, with "and N more" past a few.</param>
/// <param name="Example">A destination of the family's own rule (a product may name another, as Maxim's driver deposits do).</param>
internal sealed record WelcomeCatalogue(string Family, string Category, string Codes, string Example)
{
    /// <summary>Codes listed per family; a catalogue imported from a real price list stays a short page.</summary>
    private const int CodesShown = 6;

    public static IReadOnlyList<WelcomeCatalogue> Of(FixtureCatalog catalog) =>
    [
        .. catalog.Products.Values
            .GroupBy(p => p.Family.Name, StringComparer.Ordinal)
            .OrderBy(g => catalog.Families.TryGet(g.Key, out var family) ? catalog.Families.IndexOf(family) : int.MaxValue)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var codes = g.Select(p => p.Code).OrderBy(c => c.Length).ThenBy(c => c, StringComparer.Ordinal).ToList();
                var shown = string.Join(", ", codes.Take(CodesShown)) + (codes.Count > CodesShown ? $" and {codes.Count - CodesShown} more" : "");
                var family = g.First().Family;
                return new WelcomeCatalogue(g.Key, family.Category, shown, family.Destination.Example);
            }),
    ];

    public string Line => $"{Family} ({Category}): {Codes}; to like {Example}";
}
