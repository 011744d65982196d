using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Klikoo.Emulator.Fixtures;

/// <summary>
/// Compiles a fixture's regular expression (a scenario's match, a destination rule) to run in linear time in the text
/// matched (.NET's NonBacktracking engine), so no ref_id or destination can make a match run long; no timeout either,
/// since one would make the outcome depend on the machine's load.
/// </summary>
internal static class FixturePattern
{
    public const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    /// <summary>The compiled pattern, or <see langword="null"/> with a located error saying why not.</summary>
    public static Regex? Read(FixtureReadContext context, YamlNode node, string pattern)
    {
        if (pattern.Length > FixtureLimits.MaxPatternLength)
        {
            context.Error(node, $"'pattern' is {pattern.Length} characters long; at most {FixtureLimits.MaxPatternLength}");
            return null;
        }

        try
        {
            return new Regex(pattern, Options, Regex.InfiniteMatchTimeout);
        }
        catch (ArgumentException ex)
        {
            context.Error(node, $"'pattern' is not a valid regular expression: {ex.Message}");
        }
        catch (NotSupportedException ex)
        {
            context.Error(node, $"'pattern' cannot run in linear time (no backreferences, lookarounds, atomic groups or conditionals): {ex.Message}");
        }

        return null;
    }
}
