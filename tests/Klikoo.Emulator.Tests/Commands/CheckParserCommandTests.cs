using System.Text.RegularExpressions;
using FluentAssertions.Execution;
using Klikoo.Emulator.Commands;

namespace Klikoo.Emulator.Tests.Commands;

public sealed partial class CheckParserCommandTests
{
    private const string Sn = @"SN: (?<sn>.+?)\. TRXID:";
    private const string Price = @"PRICE: (?<price>\d+)\.|SISA SALDO: [\d.]+ - (?<price>[\d.]+) =";
    private const string Saldo = @"SISA SALDO: [\d.]+ - [\d.]+ = (?<saldo>[\d.]+) @";

    [Test]
    public void Run_DocumentedPatterns_ExitZeroWithASummaryPerPattern()
    {
        var (code, output, error) = Run("--sn", Sn, "--price", Price, "--saldo", Saldo, RepositoryPaths.Fixtures);

        using var scope = new AssertionScope();
        code.Should().Be(0, output);
        error.Should().BeEmpty();
        output.Should().MatchRegex(@"(?m)^sn +\d+ lines carry it: all read exactly; no other line matched$");
        output.Should().Contain("passed: every line that carries a value yields exactly it.");
    }

    [Test]
    public void Run_SnEndingAtADot_ExitOneWithEachFailingShapeCapturedAndTrue()
    {
        var (code, output, _) = Run("--sn", @"SN: (?<sn>[^.]+)", RepositoryPaths.Fixtures);

        using var scope = new AssertionScope();
        code.Should().Be(1);
        output.Should().Contain("sn wrongCapture: pln PLN50 SUCCESS, SN of scenario 'doc PLN50 success' (buy, and the same buy sent again)");
        output.Should().Contain("  captured '2514-1798-8056-2280-2824/HASMALINDA/R1M/900VA/33', true '2514-1798-8056-2280-2824/HASMALINDA/R1M/900VA/33.7'");
        output.Should().Contain("FAILED: ");
    }

    [Test]
    public void Run_PriceWithoutThousandsDots_ExitOne()
    {
        var (code, output, _) = Run("--price", @"PRICE: (?<price>\d+)\.|SISA SALDO: [\d.]+ - (?<price>\d+)", RepositoryPaths.Fixtures);

        code.Should().Be(1);
        output.Should().Contain("price wrongCapture: ").And.Contain("captured '20', true '20.546'");
    }

    [TestCase(@"SN: (\d)\1", "'sn' cannot run in linear time (no backreferences, lookarounds, atomic groups or conditionals): ")]
    [TestCase("SN: (", "'sn' is not a valid regular expression: ")]
    public void Run_RefusedPattern_ExitTwoInTheFixturesWords(string pattern, string message)
    {
        var (code, output, error) = Run("--sn", pattern, RepositoryPaths.Fixtures);

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith(message);
    }

    [TestCase]
    [TestCase("--sn")]
    [TestCase("--nope", "x")]
    [TestCase("--sn", "x", "a", "b")]
    public void Run_BadArguments_ExitTwoWithUsage(params string[] arguments)
    {
        var (code, _, error) = Run(arguments);

        code.Should().Be(2);
        error.Should().Contain("usage: check-parser [--sn <regex>] [--price <regex>] [--saldo <regex>] [fixtures-folder]");
    }

    [Test]
    public void Run_InvalidFixtures_ExitOneWithTheirErrors()
    {
        using var folder = new TemporaryFixtures(("a.yaml", "products:\n  - { code: X1, family: nope, price: 1 }\n"));

        var (code, output, _) = Run("--sn", Sn, folder.Path);

        code.Should().Be(1);
        output.Should().Contain("a.yaml:2:25: 'family' must be one of");
    }

    // docs/otomax.md#check-your-parser: the command as printed, with the lines of output it shows.
    [Test]
    public void DocsExample_RunsAsDocumented()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "otomax.md"));
        var example = DocsExample().Match(docs);
        example.Success.Should().BeTrue("docs/otomax.md shows a check-parser run");
        var arguments = QuotedArgument().Matches(example.Groups["arguments"].Value).Select(m => m.Groups["single"].Success ? m.Groups["single"].Value : m.Value).ToArray();

        var (code, output, _) = Run([.. arguments.Select(a => a == "fixtures" ? RepositoryPaths.Fixtures : a)]);

        code.Should().Be(0);
        // Counts follow the fixtures; the words must not.
        foreach (var line in example.Groups["output"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("check-parser:", StringComparison.Ordinal)))
        {
            output.Should().MatchRegex("(?m)^" + Regex.Replace(Regex.Escape(line), @"\d+", @"\d+") + "$");
        }
    }

    private static (int Code, string Output, string Error) Run(params string[] arguments)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CheckParserCommand.Run(arguments, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [GeneratedRegex(@"^\$ klikoo-emulator check-parser (?<arguments>[^\n]+)\n(?<output>(?:[^$`][^\n]*\n)+)", RegexOptions.Multiline)]
    private static partial Regex DocsExample();

    [GeneratedRegex(@"'(?<single>[^']*)'|\S+")]
    private static partial Regex QuotedArgument();
}
