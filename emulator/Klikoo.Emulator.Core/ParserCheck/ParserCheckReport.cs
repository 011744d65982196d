namespace Klikoo.Emulator.ParserCheck;

/// <summary>
/// The outcome of a parser check (docs/otomax.md#check-your-parser): per pattern a summary, per reply what each
/// pattern read against the true value. It passes when every line that carries a value yields exactly it and no
/// line without one matches.
/// </summary>
/// <param name="Passed">Whether every pattern read every line right.</param>
/// <param name="Fields">One summary per pattern given, in the order sn, price, saldo.</param>
/// <param name="Lines">Every reply checked, with each pattern's reading.</param>
public sealed record ParserCheckReport(bool Passed, IReadOnlyList<ParserCheckReport.FieldSummary> Fields, IReadOnlyList<ParserCheckReport.LineResult> Lines)
{
    /// <summary>How one pattern did over all lines.</summary>
    /// <param name="Field">The value it reads.</param>
    /// <param name="Pattern">The pattern as given.</param>
    /// <param name="Carrying">Lines that carry the value.</param>
    /// <param name="Exact">Of those, lines read exactly.</param>
    /// <param name="WrongCapture">Lines matched with another value captured.</param>
    /// <param name="Missed">Lines with the value the pattern did not match.</param>
    /// <param name="FalseMatch">Lines without the value the pattern matched.</param>
    public sealed record FieldSummary(ParserField Field, string Pattern, int Carrying, int Exact, int WrongCapture, int Missed, int FalseMatch)
    {
        public bool Passed => WrongCapture == 0 && Missed == 0 && FalseMatch == 0;
    }

    /// <summary>One reply and what each pattern read from it.</summary>
    public sealed record LineResult(string Shape, string Line, IReadOnlyList<Reading> Readings)
    {
        public bool Passed => Readings.All(r => r.Passed);
    }

    /// <summary>What one pattern read from one reply, against the value the emulator put there (null: none).</summary>
    public sealed record Reading(ParserField Field, ParserVerdict Verdict, string? Expected, string? Captured)
    {
        public bool Passed => Verdict is ParserVerdict.Exact or ParserVerdict.NoValue;
    }
}
