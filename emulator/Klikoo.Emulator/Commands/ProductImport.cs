namespace Klikoo.Emulator.Commands;

/// <summary>Which price list rows become fixture products, and why each other one does not (docs/fixtures.md#import-a-price-list).</summary>
internal static class ProductImport
{
    public static (List<(PriceListRow Row, string Family)> Imported, List<(PriceListRow Row, string Why)> Skipped) Plan(
        IEnumerable<PriceListRow> rows, IReadOnlyList<FamilyOverride> overrides)
    {
        var imported = new List<(PriceListRow, string)>();
        var skipped = new List<(PriceListRow, string)>();
        foreach (var row in rows)
        {
            var why = !ProductSection.IsProductCode(row.Code) ? "the code is not 1 to 20 upper-case letters, digits or '_', as a fixture code must be"
                : !row.Enable ? "disabled at Klikoo (enable: false)"
                // docs/fixtures.md#the-format: an open denomination (Klikoo's DNOPEN) needs a fee, min and max; the list gives one price.
                : row.Code.EndsWith("OPEN", StringComparison.Ordinal) ? "an open denomination: the price list gives its fee but not its min and max; add it by hand as open: { fee, min, max }"
                : null;
            var family = why is null ? ImportFamilies.Choose(row, overrides, out why) : null;
            if (family is null)
            {
                skipped.Add((row, why!));
            }
            else
            {
                imported.Add((row, family));
            }
        }

        return (imported, skipped);
    }
}
