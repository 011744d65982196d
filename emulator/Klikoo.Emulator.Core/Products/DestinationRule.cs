using System.Text.RegularExpressions;

namespace Klikoo.Emulator.Products;

/// <summary>
/// What a product's <c>to</c> must look like; anything else gets <c>No pelanggan salah</c>
/// (docs/klikoo-interface.md#decisions). The pattern must match the whole destination.
/// </summary>
/// <param name="Name">How a product's <c>destination:</c> names the rule (<c>pln-number</c>).</param>
/// <param name="Pattern">A .NET regular expression, run in linear time as scenario patterns are.</param>
/// <param name="Example">A destination the rule accepts, for examples (the welcome page).</param>
/// <param name="Description">What the destination is, for the journal's diagnosis (<c>phone number</c>).</param>
/// <param name="Format">Its form in a few words, for the diagnosis (<c>08..., 10-13 digits</c>); empty when the pattern says it.</param>
public sealed record DestinationRule(string Name, string Pattern, string Example, string Description, string Format)
{
    // Built once per rule, never per request. NonBacktracking: linear in the destination's length, whatever the
    // pattern, so no timeout is needed. \A and \z make it a whole match ($ alone would let a trailing newline in).
    private readonly Regex _whole = Whole(Pattern);

    // Rebuilt when a copy (with { Pattern = ... }) changes the pattern, so a rule never matches by another's.
    public string Pattern
    {
        get;
        init
        {
            field = value;
            _whole = Whole(value);
        }
    } = Pattern;

    public bool Matches(ReadOnlySpan<char> destination) => _whole.IsMatch(destination);

    private static Regex Whole(string pattern) =>
        new($@"\A(?:{pattern})\z", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, Regex.InfiniteMatchTimeout);

    /// <summary>The rule in words for one product, with the pattern a destination missed: <c>phone number for OVO10 (08..., 10-13 digits; pattern 08[0-9]{8,11})</c>.</summary>
    public string Describe(string productCode) =>
        Format.Length == 0 ? $"{Description} for {productCode} (pattern {Pattern})" : $"{Description} for {productCode} ({Format}; pattern {Pattern})";

    // Two rules are equal when they say the same; the compiled form follows from the pattern.
    public bool Equals(DestinationRule? other) =>
        other is not null && Name == other.Name && Pattern == other.Pattern && Example == other.Example &&
        Description == other.Description && Format == other.Format;

    public override int GetHashCode() => HashCode.Combine(Name, Pattern, Example, Description, Format);
}
