using System.Text.RegularExpressions;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.ParserCheck;

namespace Klikoo.Emulator.Tests.ParserCheck;

/// <summary>The shipped fixtures' replies, and the parser regexes docs/otomax.md documents for them.</summary>
internal static partial class ShippedCatalogue
{
    public static FixtureCatalog Catalog { get; } = FixtureValidator.ValidateFolder(RepositoryPaths.Fixtures).Catalog!;

    public static IReadOnlyList<ReplySample> Samples { get; } = ReplySamples.For(Catalog);

    /// <summary>A row of docs/otomax.md#reading-the-replies by its first column, as an operator copies it.</summary>
    public static string DocumentedRegex(string what) =>
        RegexRow().Matches(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "otomax.md")))
            .Single(m => m.Groups["what"].Value == what).Groups["regex"].Value.Replace("\\|", "|", StringComparison.Ordinal);

    public static ParserCheckReport Check(string? sn = null, string? price = null, string? saldo = null) =>
        Run(Samples, [.. Patterns(sn, price, saldo)]);

    public static ParserCheckReport Run(IReadOnlyList<ReplySample> samples, IReadOnlyList<ParserPattern> patterns)
    {
        ParserChecker.TryRun(samples, patterns, out var report, out var problem).Should().BeTrue(problem?.Problem);
        return report!;
    }

    public static IEnumerable<ParserPattern> Patterns(string? sn, string? price, string? saldo)
    {
        foreach (var (field, text) in new[] { (ParserField.Sn, sn), (ParserField.Price, price), (ParserField.Saldo, saldo) })
        {
            if (text is null)
            {
                continue;
            }

            ParserPattern.TryCreate(field, text, out var pattern, out var problem).Should().BeTrue(problem);
            yield return pattern!;
        }
    }

    [GeneratedRegex(@"^\| (?<what>[^|`]+?) \| `(?<regex>(?:[^`])+)` \| `(?<value>[^`]+)` \|$", RegexOptions.Multiline)]
    private static partial Regex RegexRow();
}
