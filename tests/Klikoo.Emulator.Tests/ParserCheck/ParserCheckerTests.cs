using FluentAssertions.Execution;
using Klikoo.Emulator.ParserCheck;

namespace Klikoo.Emulator.Tests.ParserCheck;

public sealed class ParserCheckerTests
{
    private const string PlnSampleToken = "2514-1798-8056-2280-2824/HASMALINDA/R1M/900VA/33.7";

    private static readonly string DocumentedSn = ShippedCatalogue.DocumentedRegex("SN / token");

    // docs/otomax.md#check-your-parser: one price pattern for the terminal, the inquiry's PRICE or the report's deduction.
    private static readonly string DocumentedPrice = ShippedCatalogue.DocumentedRegex("price (inquiry)") + "|" + ShippedCatalogue.DocumentedRegex("deduction (buy)");

    private static readonly string DocumentedSaldo = ShippedCatalogue.DocumentedRegex("balance after (buy)");

    [Test]
    public void Run_DocumentedRegexes_EveryLineReadExactly()
    {
        var report = ShippedCatalogue.Check(DocumentedSn, DocumentedPrice, DocumentedSaldo);

        using var scope = new AssertionScope();
        report.Lines.Where(l => !l.Passed).Should().BeEmpty();
        report.Passed.Should().BeTrue();
        report.Fields.Select(f => f.Field).Should().Equal(ParserField.Sn, ParserField.Price, ParserField.Saldo);
        report.Fields.Should().OnlyContain(f => f.Carrying > 20 && f.Exact == f.Carrying);
    }

    [Test]
    public void Run_NamedGroups_ReadByName()
    {
        var report = ShippedCatalogue.Check(
            sn: @"SN: (?<sn>.+?)\. TRXID:",
            price: @"PRICE: (?<price>\d+)\.|SISA SALDO: [\d.]+ - (?<price>[\d.]+) =",
            saldo: @"(?<before>[\d.]+) - [\d.]+ = (?<saldo>[\d.]+) @");

        report.Lines.Where(l => !l.Passed).Should().BeEmpty();
    }

    [Test]
    public void Run_SnEndingAtADot_FlagsThePlnTokenWithCapturedAndTrueValue()
    {
        var report = ShippedCatalogue.Check(sn: @"SN: (?<sn>[^.]+)");

        var token = report.Lines.Single(l => l.Shape.Contains("'doc PLN50 success'", StringComparison.Ordinal) && !l.Shape.EndsWith("report", StringComparison.Ordinal));
        using var scope = new AssertionScope();
        report.Passed.Should().BeFalse();
        token.Readings.Should().ContainSingle().Which.Should().Be(
            new ParserCheckReport.Reading(ParserField.Sn, ParserVerdict.WrongCapture, PlnSampleToken, "2514-1798-8056-2280-2824/HASMALINDA/R1M/900VA/33"));
        report.Fields[0].WrongCapture.Should().BeGreaterThan(0);
        report.Lines.Where(l => l.Shape.StartsWith("pln ", StringComparison.Ordinal) && l.Shape.Contains("SUCCESS, name with punctuation", StringComparison.Ordinal))
            .Should().NotBeEmpty().And.OnlyContain(l => l.Readings[0].Verdict == ParserVerdict.WrongCapture);
    }

    [Test]
    public void Run_PriceWithoutThousandsDots_FlagsTheReports()
    {
        var report = ShippedCatalogue.Check(price: @"PRICE: (?<price>\d+)\.|SISA SALDO: [\d.]+ - (?<price>\d+)");

        using var scope = new AssertionScope();
        report.Passed.Should().BeFalse();
        var wrong = report.Lines.Select(l => l.Readings[0]).Where(r => r.Verdict == ParserVerdict.WrongCapture).ToList();
        wrong.Should().NotBeEmpty();
        wrong.Should().Contain(r => r.Expected == "20.546" && r.Captured == "20");
        report.Lines.Where(l => l.Shape.Contains("inquiry,", StringComparison.Ordinal)).Should().OnlyContain(l => l.Passed);
    }

    [Test]
    public void Run_InquiryPriceOnly_MissesEveryReport()
    {
        var report = ShippedCatalogue.Check(price: DocumentedPrice.Split('|')[0]);

        report.Passed.Should().BeFalse();
        report.Lines.Where(l => l.Line.Contains("SISA SALDO", StringComparison.Ordinal))
            .Should().NotBeEmpty().And.OnlyContain(l => l.Readings[0].Verdict == ParserVerdict.Missed && l.Readings[0].Captured == null);
    }

    [Test]
    public void Run_TransactionIdForSn_FalseMatchOnLinesWithoutOne()
    {
        var report = ShippedCatalogue.Check(sn: @"TRXID: (?<sn>\S+?)\.\s");

        report.Lines.Where(l => l.Line.Contains("INPROGRESS", StringComparison.Ordinal))
            .Should().NotBeEmpty().And.OnlyContain(l => l.Readings[0].Verdict == ParserVerdict.FalseMatch && l.Readings[0].Expected == null);
        report.Fields[0].FalseMatch.Should().BeGreaterThan(0);
    }

    [TestCase(@"SN: (?<sn>\d)\k<sn>", "cannot run in linear time")]
    [TestCase(@"SN: (\d)\1", "cannot run in linear time")]
    [TestCase(@"SN: (?<sn>.+)(?=\. TRXID)", "cannot run in linear time")]
    [TestCase(@"(?<=SN: )(?<sn>[^ ]+)", "cannot run in linear time")]
    [TestCase(@"SN: (?>(?<sn>.+))", "cannot run in linear time")]
    [TestCase(@"(?(SN)SN: (?<sn>.+)|x)", "cannot run in linear time")]
    [TestCase(@"SN: (?<sn>.+", "is not a valid regular expression")]
    public void TryCreate_PatternNonBacktrackingCannotRun_RefusedInTheFixturesWords(string pattern, string why)
    {
        ParserPattern.TryCreate(ParserField.Sn, pattern, out var compiled, out var problem).Should().BeFalse();

        compiled.Should().BeNull();
        problem.Should().StartWith($"'sn' {why}");
    }

    [Test]
    public void TryCreate_PatternOverTheFixturesCap_Refused()
    {
        ParserPattern.TryCreate(ParserField.Saldo, new string('a', 1001), out _, out var problem).Should().BeFalse();

        problem.Should().Be("'saldo' is 1001 characters long; at most 1000");
    }
}
