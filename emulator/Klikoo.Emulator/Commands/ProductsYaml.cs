using System.Globalization;
using System.Text;

namespace Klikoo.Emulator.Commands;

/// <summary>
/// Writes imported products as a products fixture file: flow entries like the shipped <c>products.yaml</c>, sorted
/// by family (in <see cref="ImportFamilies.Names"/> order) then code, each name as a comment after its entry.
/// </summary>
internal static class ProductsYaml
{
    // Unquoted, YAML 1.1 would read these as booleans or null; a code starting with a digit could read as a number.
    private static readonly string[] PlainWords = ["Y", "N", "YES", "NO", "ON", "OFF", "TRUE", "FALSE", "NULL"];

    public static string Write(string source, IReadOnlyCollection<(PriceListRow Row, string Family)> products)
    {
        var yaml = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"# Imported by klikoo-emulator import-products from {OneLineText.Of(source, 120)}: {products.Count} product(s).\n")
            .Append("# Families come from each product's category and its code or name (docs/fixtures.md#import-a-price-list);\n")
            .Append("# price is the list's agent_price in rupiah, and the comment after an entry the product's name there.\n")
            .Append("products:\n");
        foreach (var (row, family) in Sorted(products))
        {
            var entry = string.Create(CultureInfo.InvariantCulture, $"  - {{ code: {Code(row.Code)}, family: {family}, price: {row.Price} }}");
            yaml.Append(entry);
            if (OneLineText.Of(row.Name, 120).Trim() is { Length: > 0 } name)
            {
                yaml.Append(' ', Math.Max(2, 60 - entry.Length)).Append("# ").Append(name);
            }

            yaml.Append('\n');
        }

        return yaml.ToString();
    }

    /// <summary>The order entries are written in: family (as <see cref="ImportFamilies.Names"/> lists them), then code.</summary>
    public static IEnumerable<(PriceListRow Row, string Family)> Sorted(IEnumerable<(PriceListRow Row, string Family)> products)
    {
        var rank = ImportFamilies.Names.Select((name, i) => (name, i)).ToDictionary(f => f.name, f => f.i, StringComparer.Ordinal);
        return products
            .OrderBy(p => rank.GetValueOrDefault(p.Family, int.MaxValue))
            .ThenBy(p => p.Family, StringComparer.Ordinal)
            .ThenBy(p => p.Row.Code, StringComparer.Ordinal);
    }

    // A fixture code is A-Z, 0-9 and '_' (ProductSection), so double quotes need no escaping.
    private static string Code(string code) =>
        char.IsAsciiLetterUpper(code[0]) && !PlainWords.Contains(code, StringComparer.Ordinal) ? code : $"\"{code}\"";
}
