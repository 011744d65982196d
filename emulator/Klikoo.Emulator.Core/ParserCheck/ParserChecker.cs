using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Klikoo.Emulator.Clock;

namespace Klikoo.Emulator.ParserCheck;

/// <summary>Applies a partner's patterns to every reply of the catalogue (docs/otomax.md#check-your-parser).</summary>
public static class ParserChecker
{
    /// <summary>The longest one pattern may take over all replies, so a hostile pattern ends the check soon.</summary>
    public static readonly TimeSpan PatternBudget = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Reads every sample with every pattern, the patterns in <see cref="ParserField"/> order; or, for a pattern that
    /// backtracks catastrophically (one match over <see cref="ParserPattern.MatchTimeout"/>, or all over
    /// <see cref="PatternBudget"/>), why it was given up. Never throws for a pattern.
    /// </summary>
    public static bool TryRun(
        IReadOnlyList<ReplySample> samples,
        IReadOnlyList<ParserPattern> patterns,
        [NotNullWhen(true)] out ParserCheckReport? report,
        [NotNullWhen(false)] out (ParserField Field, string Problem)? problem)
    {
        report = null;
        problem = null;
        var ordered = patterns.OrderBy(p => p.Field).ToList();
        var readings = new List<ParserCheckReport.Reading>[samples.Count];
        for (var i = 0; i < samples.Count; i++)
        {
            readings[i] = new(ordered.Count);
        }

        foreach (var pattern in ordered)
        {
            var started = WallClock.Instance.GetTimestamp();
            for (var i = 0; i < samples.Count; i++)
            {
                var expected = samples[i].TrueValue(pattern.Field);
                try
                {
                    var (verdict, captured) = pattern.Judge(samples[i].Line, expected);
                    readings[i].Add(new ParserCheckReport.Reading(pattern.Field, verdict, expected, captured));
                }
                catch (RegexMatchTimeoutException)
                {
                    problem = (pattern.Field, TooSlow(pattern, $"over {ParserPattern.MatchTimeout.TotalMilliseconds:0} ms on one reply"));
                    return false;
                }

                if (WallClock.Instance.GetElapsedTime(started) > PatternBudget)
                {
                    problem = (pattern.Field, TooSlow(pattern, $"over {PatternBudget.TotalSeconds:0} s on the replies"));
                    return false;
                }
            }
        }

        var lines = samples.Select((sample, i) => new ParserCheckReport.LineResult(sample.Shape, sample.Line, readings[i])).ToList();
        var fields = ordered.Select((pattern, f) => Summary(pattern, lines.Select(line => line.Readings[f]).ToList())).ToList();
        report = new ParserCheckReport(fields.All(f => f.Passed), fields, lines);
        return true;
    }

    private static ParserCheckReport.FieldSummary Summary(ParserPattern pattern, List<ParserCheckReport.Reading> readings)
    {
        int Count(ParserVerdict verdict) => readings.Count(r => r.Verdict == verdict);
        return new ParserCheckReport.FieldSummary(
            pattern.Field,
            pattern.Text,
            Carrying: readings.Count(r => r.Expected is not null),
            Exact: Count(ParserVerdict.Exact),
            WrongCapture: Count(ParserVerdict.WrongCapture),
            Missed: Count(ParserVerdict.Missed),
            FalseMatch: Count(ParserVerdict.FalseMatch));
    }

    private static string TooSlow(ParserPattern pattern, string how) =>
        $"'{ParserPattern.GroupName(pattern.Field)}' backtracks catastrophically ({how}); Otomax, which runs .NET's backtracking engine, would stall on it too: avoid nested repetition such as (a+)+";
}
