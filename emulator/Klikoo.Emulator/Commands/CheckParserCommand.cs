using Klikoo.Emulator.ParserCheck;

namespace Klikoo.Emulator.Commands;

/// <summary>
/// <c>check-parser [--sn regex] [--price regex] [--saldo regex] [folder]</c>: an Otomax terminal's patterns against every
/// reply the fixtures give, for CI (docs/otomax.md#check-your-parser). Exit 0 when every line that carries a value
/// yields exactly it and no other line matches, 1 otherwise (each failing line with the captured and the true value,
/// or invalid fixtures), 2 for a usage error or a refused pattern.
/// </summary>
public static class CheckParserCommand
{
    public const string Name = "check-parser";
    private const string Usage = "usage: check-parser [--sn <regex>] [--price <regex>] [--saldo <regex>] [fixtures-folder]";

    public static int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        if (!TryRead(arguments, out var request, out var folder))
        {
            error.WriteLine(Usage);
            return 2;
        }

        var (patterns, problems) = request.Compile();
        if (problems.Count > 0 || patterns.Count == 0)
        {
            error.WriteLine(problems.Count > 0 ? string.Join(Environment.NewLine, problems.Values) : ParserCheckRequest.NoPattern);
            error.WriteLine(Usage);
            return 2;
        }

        var source = FixturesFolder.Resolve(folder, Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        if (ValidateCommand.Check(source, output, error) is not { } catalog)
        {
            return 1;
        }

        var samples = ReplySamples.For(catalog);
        if (!ParserChecker.TryRun(samples, patterns, out var report, out var slow))
        {
            error.WriteLine(slow.Value.Problem);
            return 2;
        }

        Print(report, samples.Count, source, output);
        return report.Passed ? 0 : 1;
    }

    // Each failing reading on two lines (the shape and verdict, then captured against true), the line itself after
    // them; then one summary line per pattern.
    private static void Print(ParserCheckReport report, int count, string folder, TextWriter output)
    {
        output.WriteLine($"check-parser: {count} replies of the catalogue in {folder}");
        foreach (var line in report.Lines.Where(l => !l.Passed))
        {
            foreach (var reading in line.Readings.Where(r => !r.Passed))
            {
                output.WriteLine($"{ParserPattern.GroupName(reading.Field)} {Camel(reading.Verdict)}: {line.Shape}");
                output.WriteLine($"  captured {Quoted(reading.Captured)}, true {Quoted(reading.Expected)}");
            }

            output.WriteLine($"  {line.Line}");
        }

        foreach (var field in report.Fields)
        {
            var name = ParserPattern.GroupName(field.Field).PadRight(6);
            output.WriteLine(field.Passed
                ? $"{name}{field.Carrying} lines carry it: all read exactly; no other line matched"
                : $"{name}{field.Carrying} lines carry it: {field.Exact} exact, {field.WrongCapture} wrong capture, {field.Missed} missed; {field.FalseMatch} false match on lines without it");
        }

        output.WriteLine(report.Passed
            ? "passed: every line that carries a value yields exactly it."
            : $"FAILED: {report.Lines.Count(l => !l.Passed)} of {count} replies read wrong.");
    }

    private static bool TryRead(IReadOnlyList<string> arguments, out ParserCheckRequest request, out string? folder)
    {
        request = new ParserCheckRequest(null, null, null);
        folder = null;
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            if (argument is "--sn" or "--price" or "--saldo" && i + 1 < arguments.Count)
            {
                var value = arguments[++i];
                request = argument switch
                {
                    "--sn" => request with { Sn = value },
                    "--price" => request with { Price = value },
                    _ => request with { Saldo = value },
                };
            }
            else if (!argument.StartsWith('-') && folder is null)
            {
                folder = argument;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    private static string Camel(ParserVerdict verdict) => char.ToLowerInvariant(verdict.ToString()[0]) + verdict.ToString()[1..];

    private static string Quoted(string? value) => value is null ? "(nothing)" : $"'{value}'";
}
