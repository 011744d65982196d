namespace Klikoo.Emulator.ParserCheck;

/// <summary>Applies a partner's patterns to every reply of the catalogue (docs/otomax.md#check-your-parser).</summary>
public static class ParserChecker
{
    /// <summary>Reads every sample with every pattern; the patterns in <see cref="ParserField"/> order.</summary>
    public static ParserCheckReport Run(IReadOnlyList<ReplySample> samples, IReadOnlyList<ParserPattern> patterns)
    {
        var ordered = patterns.OrderBy(p => p.Field).ToList();
        var lines = samples
            .Select(sample => new ParserCheckReport.LineResult(
                sample.Shape,
                sample.Line,
                [.. ordered.Select(pattern =>
                {
                    var expected = sample.TrueValue(pattern.Field);
                    var (verdict, captured) = pattern.Judge(sample.Line, expected);
                    return new ParserCheckReport.Reading(pattern.Field, verdict, expected, captured);
                })]))
            .ToList();
        var fields = ordered
            .Select((pattern, i) =>
            {
                var readings = lines.Select(line => line.Readings[i]).ToList();
                int Count(ParserVerdict verdict) => readings.Count(r => r.Verdict == verdict);
                return new ParserCheckReport.FieldSummary(
                    pattern.Field,
                    pattern.Text,
                    Carrying: readings.Count(r => r.Expected is not null),
                    Exact: Count(ParserVerdict.Exact),
                    WrongCapture: Count(ParserVerdict.WrongCapture),
                    Missed: Count(ParserVerdict.Missed),
                    FalseMatch: Count(ParserVerdict.FalseMatch));
            })
            .ToList();
        return new ParserCheckReport(fields.All(f => f.Passed), fields, lines);
    }
}
