using System.Text.RegularExpressions;

namespace Klikoo.Emulator.Scenarios;

/// <summary>Matches a destination or ref_id: exactly, by prefix, by suffix, or by a regular expression.</summary>
public sealed record TextMatch(string? Exact = null, string? Prefix = null, string? Suffix = null, Regex? Pattern = null)
{
    public bool Matches(string value) =>
        (Exact is null || string.Equals(value, Exact, StringComparison.Ordinal)) &&
        (Prefix is null || value.StartsWith(Prefix, StringComparison.Ordinal)) &&
        (Suffix is null || value.EndsWith(Suffix, StringComparison.Ordinal)) &&
        (Pattern is null || Pattern.IsMatch(value));
}
