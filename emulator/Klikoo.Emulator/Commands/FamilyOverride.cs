namespace Klikoo.Emulator.Commands;

/// <summary>
/// <c>--family KEY=FAMILY</c> of <c>import-products</c>: products whose code starts with <paramref name="Key"/>, or whose
/// category is <paramref name="Key"/>, go to <paramref name="Family"/> whatever the table says.
/// </summary>
internal sealed record FamilyOverride(string Key, string Family)
{
    /// <summary>Whether it applies to <paramref name="row"/>: by code prefix, or by category, ignoring case.</summary>
    public bool ByCode(PriceListRow row) => row.Code.StartsWith(Key, StringComparison.OrdinalIgnoreCase);

    public bool ByCategory(PriceListRow row) => string.Equals(row.Category, Key, StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads <c>KEY=FAMILY</c>; the family must be one the table or the emulator knows.</summary>
    public static FamilyOverride? Parse(string text, out string? problem)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        var key = equals > 0 ? text[..equals].Trim() : "";
        var family = equals > 0 ? text[(equals + 1)..].Trim() : "";
        problem = key.Length == 0 || family.Length == 0
            ? $"--family takes <category-or-code-prefix>=<family>, e.g. --family pulsa=telkomsel, not '{OneLineText.Of(text, 40)}'"
            : !ImportFamilies.Names.Contains(family, StringComparer.Ordinal)
                ? $"--family {OneLineText.Of(key, 40)}=...: unknown family '{OneLineText.Of(family, 40)}'; did you mean {Closest.To(family, ImportFamilies.Names)}? (families: {string.Join(", ", ImportFamilies.Names)})"
                : null;
        return problem is null ? new FamilyOverride(key, family) : null;
    }
}
