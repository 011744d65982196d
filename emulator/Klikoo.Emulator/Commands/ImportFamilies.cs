using System.Text;

namespace Klikoo.Emulator.Commands;

/// <summary>
/// Which family an imported product belongs to (docs/fixtures.md#import-a-price-list): its Open API category, and
/// within a category several families share (pulsa, data, emoney, games), a keyword its code starts with or its name
/// holds as a word. One table of data; a product no row fits is reported, never given a default family.
/// </summary>
internal static class ImportFamilies
{
    // Klikoo's price list search names keywords such as "axis", "indosat" and "dana", its callback sample "S10 Tsel 10.000".
    public static IReadOnlyList<ImportFamilyRule> Rules { get; } =
    [
        new("plnprepaid", "pln"),
        new("maxim", "maxim"),
        new("emoney", "ovo", "ovo"),
        new("emoney", "gopay", "gopay", "go pay"),
        new("emoney", "dana", "dana", "dn"),
        new("emoney", "shopeepay", "shopeepay", "shopee"),
        new("emoney", "linkaja", "linkaja", "link aja"),
        new("pulsa", "telkomsel", "telkomsel", "tsel", "simpati", "kartu as"),
        new("pulsa", "indosat", "indosat", "isat", "im3", "mentari"),
        new("pulsa", "xl", "xl"),
        new("pulsa", "axis", "axis"),
        new("pulsa", "tri", "tri", "three"),
        new("pulsa", "smartfren", "smartfren", "sf"),
        new("data", "telkomsel-data", "telkomsel", "tsel", "simpati"),
        new("data", "indosat-data", "indosat", "isat", "im3"),
        new("data", "xl-data", "xl"),
        new("games", "mobile-legends", "mobile legends", "mlbb", "ml"),
        new("games", "free-fire", "free fire", "ff"),
        new("plnpostpaid", "pln-postpaid"),
        new("pdam", "pdam"),
        new("bpjs", "bpjs"),
        new("internet", "internet-tv"),
        new("telepon", "phone-postpaid"),
        new("multifinance", "multifinance"),
    ];

    /// <summary>Every family a product may be given: the standard families (fixtures/families.yaml), which the table's rows name.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. StandardFamilies.Table.All.Select(p => p.Name)];

    /// <summary>The family of <paramref name="row"/>, or <see langword="null"/> and why none fits.</summary>
    public static string? Choose(PriceListRow row, IReadOnlyList<FamilyOverride> overrides, out string why)
    {
        why = "";
        var chosen = overrides.Where(o => o.ByCode(row)).MaxBy(o => o.Key.Length) ?? overrides.LastOrDefault(o => o.ByCategory(row));
        if (chosen is not null)
        {
            return chosen.Family;
        }

        var rules = Rules.Where(r => string.Equals(r.Category, row.Category, StringComparison.OrdinalIgnoreCase)).ToList();
        if (rules is [{ Keywords: [] } only])
        {
            return only.Family;
        }

        if (rules.Count == 0)
        {
            why = $"no family for category '{OneLineText.Of(row.Category, 30)}' (families exist for {string.Join(", ", Rules.Select(r => r.Category).Distinct())})";
            return null;
        }

        var code = row.Code.ToLowerInvariant();
        var byCode = Matching(rules, keyword => code.StartsWith(keyword.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal));
        var words = " " + Words(row.Name) + " ";
        var families = byCode.Count > 0 ? byCode : Matching(rules, keyword => words.Contains(" " + keyword + " ", StringComparison.Ordinal));
        if (families.Count == 1)
        {
            return families[0];
        }

        why = families.Count > 1
            ? $"code and name fit {string.Join(" and ", families)} alike; choose with --family {Example(row)}=<family>"
            : $"neither code nor name names a {row.Category.ToLowerInvariant()} family ({string.Join(", ", rules.Select(r => r.Family))}); choose with --family {Example(row)}=<family>";
        return null;
    }

    private static List<string> Matching(List<ImportFamilyRule> rules, Func<string, bool> matches) =>
        [.. rules.Where(r => r.Keywords.Any(matches)).Select(r => r.Family).Distinct(StringComparer.Ordinal)];

    // Lower case, every run of other characters one space: "S10 Tsel 10.000" is "s10 tsel 10 000".
    private static string Words(string name)
    {
        var words = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            words.Append(char.IsAsciiLetterOrDigit(c) ? c : ' ');
        }

        return string.Join(' ', words.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Example(PriceListRow row) =>
        ProductSection.IsProductCode(row.Code) ? row.Code : OneLineText.Of(row.Category, 30);
}
