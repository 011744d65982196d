using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Klikoo.Emulator.Fixtures;

namespace Klikoo.Emulator.ParserCheck;

/// <summary>
/// A partner's pattern for one <see cref="ParserField"/> (docs/otomax.md#check-your-parser). It must pass the
/// fixtures' rule (length cap, runnable by the linear-time NonBacktracking engine), and is then read by the engine
/// Otomax runs, .NET's backtracking Regex: NonBacktracking misplaces some matches (in .NET 10, <c>\d?@</c> finds the
/// second <c>@</c> of <c>0 @@</c>), and the check must capture what Otomax will. A match timeout bounds the few
/// patterns that backtrack catastrophically, which would stall Otomax too.
/// </summary>
public sealed class ParserPattern
{
    /// <summary>The longest one match may take; patterns that need longer backtrack catastrophically.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);

    private ParserPattern(ParserField field, string text, Regex regex)
    {
        Field = field;
        Text = text;
        Regex = regex;
    }

    public ParserField Field { get; }

    /// <summary>The pattern as given.</summary>
    public string Text { get; }

    internal Regex Regex { get; }

    /// <summary>The group the value is read from: <c>sn</c>, <c>price</c> or <c>saldo</c>.</summary>
    public static string GroupName(ParserField field) => field.ToString().ToLowerInvariant();

    /// <summary>The compiled pattern, or why it is refused, in the fixtures' words with the field's name. Never throws.</summary>
    public static bool TryCreate(ParserField field, string text, [NotNullWhen(true)] out ParserPattern? pattern, [NotNullWhen(false)] out string? problem)
    {
        pattern = null;
        if (!FixturePattern.TryCompile(GroupName(field), text, out _, out problem))
        {
            return false;
        }

        // Culture-invariant, so (?i) reads the same on every machine.
        pattern = new ParserPattern(field, text, new Regex(text, RegexOptions.CultureInvariant, MatchTimeout));
        return true;
    }

    /// <summary>
    /// Whether <paramref name="regex"/> matches <paramref name="line"/> (its first match, as Otomax takes it), and what it
    /// captured for <paramref name="field"/>: the group of the field's name; without one, the first group that captured;
    /// without groups, the whole match. <c>null</c> when the group took no part in the match.
    /// </summary>
    public static (bool Matched, string? Captured) Read(Regex regex, ParserField field, string line)
    {
        var match = regex.Match(line);
        if (!match.Success)
        {
            return (false, null);
        }

        var named = regex.GroupNumberFromName(GroupName(field));
        if (named >= 0)
        {
            var group = match.Groups[named];
            return (true, group.Success ? group.Value : null);
        }

        if (match.Groups.Count == 1)
        {
            return (true, match.Value);
        }

        for (var i = 1; i < match.Groups.Count; i++)
        {
            if (match.Groups[i].Success)
            {
                return (true, match.Groups[i].Value);
            }
        }

        return (true, null);
    }

    /// <summary>What this pattern makes of <paramref name="line"/>, which carries <paramref name="expected"/> or no such value.</summary>
    /// <exception cref="RegexMatchTimeoutException">The pattern backtracks catastrophically on the line.</exception>
    public (ParserVerdict Verdict, string? Captured) Judge(string line, string? expected)
    {
        var (matched, captured) = Read(Regex, Field, line);
        var verdict = (expected, matched) switch
        {
            (null, true) => ParserVerdict.FalseMatch,
            (null, false) => ParserVerdict.NoValue,
            (_, false) => ParserVerdict.Missed,
            _ => string.Equals(captured, expected, StringComparison.Ordinal) ? ParserVerdict.Exact : ParserVerdict.WrongCapture,
        };
        return (verdict, captured);
    }
}
