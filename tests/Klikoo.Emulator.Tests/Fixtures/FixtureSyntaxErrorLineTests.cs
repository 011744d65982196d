using Klikoo.Emulator.Fixtures;

namespace Klikoo.Emulator.Tests.Fixtures;

/// <summary>
/// A YAML syntax error is reported at the line a reader broke, not at the line after it (where YamlDotNet notices):
/// every content line of every shipped file, broken in each way below, one at a time.
/// </summary>
public sealed class FixtureSyntaxErrorLineTests
{
    // Each breaks the line it is applied to so that no later line can repair it. Left out, because the line a reader
    // broke is not knowable from the text: an unclosed quote (a later quote closes it, far away) and a removed or
    // added indentation (the text is often still valid YAML, nested differently).
    private static readonly (string Name, Func<string, string> Break)[] Breaks =
    [
        ("an unclosed '[' at its end", line => line + " [a"),
        ("an unclosed '{' at its end", line => line + " {a: 1"),
        ("a '[' opened after its key", line => InsertAfterKey(line, "[ ")),
        ("a second ': ' in its value", line => line + ": x"),
        ("a tab before it", line => "\t" + line),
        ("a stray ']' at its end", line => line + " ]"),
        ("a stray '}' at its end", line => line + " }"),
    ];

    private static readonly FixtureFile[] Shipped = [.. FixtureLoader.Load(RepositoryPaths.Fixtures)];

    [TestCaseSource(typeof(RepositoryPaths), nameof(RepositoryPaths.ShippedFixtureFiles))]
    public void Validate_ShippedFileBrokenAtEachLine_ErrorOnTheBrokenLine(string path)
    {
        var index = Array.FindIndex(Shipped, f => f.Path == path);
        var lines = Shipped[index].Text.Split('\n');
        var failures = new List<string>();
        var cases = 0;

        for (var n = 0; n < lines.Length; n++)
        {
            if (lines[n].Trim() is "" || lines[n].TrimStart().StartsWith('#'))
            {
                continue;
            }

            foreach (var (name, @break) in Breaks)
            {
                var broken = lines.ToArray();
                broken[n] = @break(lines[n]);
                var files = Shipped.ToArray();
                files[index] = files[index] with { Text = string.Join('\n', broken) };
                cases++;
                var first = FixtureValidator.Validate(files).Errors.FirstOrDefault(e => e.File == path);
                if (first is null)
                {
                    continue; // Still valid YAML and a valid fixture (e.g. a ' ]' ending a flow sequence early): nothing to locate.
                }

                if (first.Line != n + 1)
                {
                    failures.Add($"line {n + 1} with {name}: reported at {first}");
                }
            }
        }

        cases.Should().BeGreaterThanOrEqualTo(Breaks.Length * 5);
        failures.Should().BeEmpty(string.Join(Environment.NewLine, failures));
    }

    private static string InsertAfterKey(string line, string insert)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        return colon < 0 ? line + " " + insert : line[..(colon + 2)] + insert + line[(colon + 2)..];
    }
}
