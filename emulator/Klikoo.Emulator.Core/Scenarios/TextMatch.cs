using System.Text.RegularExpressions;

namespace Klikoo.Emulator.Scenarios;

/// <summary>Matches a destination or ref_id: exactly, by prefix, by suffix, or by a regular expression.</summary>
/// <remarks>
/// Fixture patterns are compiled with <see cref="RegexOptions.NonBacktracking"/> and no timeout, so matching takes
/// time linear in the text and never throws. A pattern built elsewhere with a timeout that runs out does not match:
/// a rule never turns a request into an internal error.
/// </remarks>
public sealed record TextMatch(string? Exact = null, string? Prefix = null, string? Suffix = null, Regex? Pattern = null)
{
    public bool Matches(string value) =>
        (Exact is null || string.Equals(value, Exact, StringComparison.Ordinal)) &&
        (Prefix is null || value.StartsWith(Prefix, StringComparison.Ordinal)) &&
        (Suffix is null || value.EndsWith(Suffix, StringComparison.Ordinal)) &&
        (Pattern is null || PatternMatches(Pattern, value));

    private static bool PatternMatches(Regex pattern, string value)
    {
        try
        {
            return pattern.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
