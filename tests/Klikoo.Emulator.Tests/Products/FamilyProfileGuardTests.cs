using System.Text.RegularExpressions;

namespace Klikoo.Emulator.Tests.Products;

/// <summary>
/// Families are data (docs/fixtures.md#families): what differs per family is a field of its profile, so no
/// code may branch on a family's identity. These checks read the emulator's sources and types, so a switch on a
/// family with a silent default arm, or a family name written into code, fails the build's tests instead of
/// quietly giving a new family another family's behaviour.
/// </summary>
public sealed partial class FamilyProfileGuardTests
{
    // The standard families are a fixture file (fixtures/families.yaml): no source names one, except the price-list
    // import's table, which maps Klikoo's categories and keywords onto them with no default (ImportFamiliesTests).
    private const string ImportTable = "ImportFamilies.cs";

    private static readonly string[] BuiltInNames = [.. Emulator.Fixtures.StandardFamilies.Table.All.Select(p => p.Name)];

    private static IEnumerable<string> EmulatorSources() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "emulator"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) &&
                           !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    [Test]
    public void Sources_NoSwitchOnAFamily_EndsInASilentDefault()
    {
        var silent = new List<string>();
        foreach (var source in EmulatorSources())
        {
            var text = File.ReadAllText(source);
            foreach (var (subject, body) in Switches(text))
            {
                var aboutFamilies = subject.Contains("family", StringComparison.OrdinalIgnoreCase) || FormName().IsMatch(body);
                if (aboutFamilies && SilentDefault().Match(body) is { Success: true } arm)
                {
                    silent.Add($"{Path.GetRelativePath(RepositoryPaths.Root, source)}: switch on '{subject}' has '{arm.Value.Trim()}'");
                }
            }
        }

        string.Join(Environment.NewLine, silent).Should().BeEmpty("a family's behaviour is a field of its profile; a switch over a closed set of forms throws UnreachableException in its default arm");
    }

    [Test]
    public void Sources_NameNoFamily()
    {
        var named = EmulatorSources()
            .Where(source => Path.GetFileName(source) != ImportTable)
            .SelectMany(source => StringLiteral().Matches(File.ReadAllText(source))
                .Where(literal => BuiltInNames.Contains(literal.Groups["text"].Value, StringComparer.OrdinalIgnoreCase))
                .Select(literal => $"{Path.GetRelativePath(RepositoryPaths.Root, source)}: {literal.Value}"))
            .ToList();

        string.Join(Environment.NewLine, named).Should().BeEmpty("code that tests a family's name gives every other family a default; put the difference in the profile");
    }

    [Test]
    public void Assemblies_HaveNoFamilyEnum()
    {
        var enums = typeof(Emulator.Fixtures.FixtureCatalog).Assembly.GetTypes()
            .Where(type => type.IsEnum && type.Name.EndsWith("Family", StringComparison.Ordinal))
            .Select(type => type.FullName)
            .ToList();

        string.Join(Environment.NewLine, enums).Should().BeEmpty("a family is a profile looked up by name, not an enum value every feature switches on");
    }

    // Each switch statement or expression with its subject and its braced body.
    private static IEnumerable<(string Subject, string Body)> Switches(string text)
    {
        foreach (Match keyword in SwitchKeyword().Matches(text))
        {
            var after = keyword.Index + keyword.Length;
            string subject;
            if (StatementSubject().Match(text, after) is { Success: true } statement && statement.Index == after)
            {
                subject = statement.Groups["subject"].Value;
                after = statement.Index + statement.Length;
            }
            else
            {
                var before = text[..keyword.Index].TrimEnd();
                subject = ExpressionSubject().Match(before) is { Success: true } expression ? expression.Value : "";
            }

            var open = text.IndexOf('{', after);
            if (open >= 0)
            {
                yield return (subject, Braced(text, open));
            }
        }
    }

    private static string Braced(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            depth += text[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0)
            {
                return text[open..(i + 1)];
            }
        }

        return text[open..];
    }

    [GeneratedRegex(@"\bswitch\b")]
    private static partial Regex SwitchKeyword();

    [GeneratedRegex(@"\s*\((?<subject>[^{]*)\)\s*(?=\{)")]
    private static partial Regex StatementSubject();

    [GeneratedRegex(@"(\([^()]*\)|[\w.?!\[\]]+)$")]
    private static partial Regex ExpressionSubject();

    // A discard arm or default label that does anything but throw.
    [GeneratedRegex(@"(?<![\w.])(_\s*=>|default\s*:)\s*(?!throw\b)\S+")]
    private static partial Regex SilentDefault();

    [GeneratedRegex(@"\b(SerialForm|CustomerNameDisplay|GeneratedName|FamilyProfile)\.")]
    private static partial Regex FormName();

    [GeneratedRegex("\"(?<text>[A-Za-z-]+)\"")]
    private static partial Regex StringLiteral();
}
