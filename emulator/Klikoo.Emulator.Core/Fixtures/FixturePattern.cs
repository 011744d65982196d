using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Klikoo.Emulator.Fixtures;

/// <summary>
/// Compiles a fixture's regular expression (a scenario's match, a destination rule) to run in linear time in the text
/// matched (.NET's NonBacktracking engine), so no ref_id or destination can make a match run long; no timeout either,
/// since one would make the outcome depend on the machine's load. The parser check compiles a partner's patterns by
/// the same rule (docs/otomax.md#check-your-parser).
/// </summary>
internal static class FixturePattern
{
    public const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    /// <summary>The compiled pattern, or <see langword="null"/> with a located error saying why not.</summary>
    public static Regex? Read(FixtureReadContext context, YamlNode node, string pattern)
    {
        if (TryCompile("pattern", pattern, out var regex, out var problem))
        {
            return regex;
        }

        context.Error(node, problem);
        return null;
    }

    /// <summary>
    /// Compiles <paramref name="pattern"/>, or says why it cannot run in linear time, naming it <paramref name="name"/>
    /// (<c>'pattern' is not a valid regular expression: ...</c>). Never throws.
    /// </summary>
    public static bool TryCompile(string name, string pattern, [NotNullWhen(true)] out Regex? regex, [NotNullWhen(false)] out string? problem)
    {
        regex = null;
        problem = null;
        if (pattern.Length > FixtureLimits.MaxPatternLength)
        {
            problem = $"'{name}' is {pattern.Length} characters long; at most {FixtureLimits.MaxPatternLength}";
            return false;
        }

        try
        {
            regex = new Regex(pattern, Options, Regex.InfiniteMatchTimeout);
            return true;
        }
        catch (ArgumentException ex)
        {
            problem = $"'{name}' is not a valid regular expression: {ex.Message}";
        }
        catch (NotSupportedException ex)
        {
            problem = $"'{name}' cannot run in linear time (no backreferences, lookarounds, atomic groups or conditionals): {ex.Message}";
        }

        return false;
    }
}
