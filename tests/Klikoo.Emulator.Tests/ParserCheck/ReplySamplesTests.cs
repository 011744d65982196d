using System.Globalization;
using FluentAssertions.Execution;
using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.ParserCheck;

namespace Klikoo.Emulator.Tests.ParserCheck;

public sealed class ReplySamplesTests
{
    private static IReadOnlyList<ReplySample> Samples => ShippedCatalogue.Samples;

    [Test]
    public void For_ShippedFixtures_EveryLineReadsBackToItsTrueValues()
    {
        using var scope = new AssertionScope();
        foreach (var sample in Samples)
        {
            // A report ({message}) lacks the &refid= tail the codec expects of a final line.
            var line = RLine.TryParse(sample.Line, out var parsed) ? parsed : RLine.Parse(sample.Line + "&refid=" + sample.Line[2..sample.Line.IndexOf(' ', StringComparison.Ordinal)]);
            var (sn, price, saldo) = line switch
            {
                SuccessLine s => (s.SerialNumber, KlikooMoney.FormatThousands(s.Balance.Deduction), KlikooMoney.FormatThousands(s.Balance.After)),
                FailedLine f => (null, "0", KlikooMoney.FormatThousands(f.Balance.After)),
                InquirySuccessLine i => (null, i.Price.ToString(CultureInfo.InvariantCulture), null),
                _ => ((string?)null, (string?)null, (string?)null),
            };
            (sample.Sn, sample.Price, sample.Saldo).Should().Be((sn, price, saldo), sample.Line);
        }
    }

    [Test]
    public void For_ShippedFixtures_EveryShapeTheIssueNames()
    {
        using var scope = new AssertionScope();
        Samples.Should().Contain(s => s.Sn == "2514-1798-8056-2280-2824/HASMALINDA/R1M/900VA/33.7");
        Samples.Should().Contain(s => s.Sn != null && s.Sn.Contains("/IR. PUTU ADI, S.T./R1/900VA/", StringComparison.Ordinal));
        Samples.Should().Contain(s => s.Line.Contains("CUSTNAME: IR. PUTU ADI, S.T.. POWERCAPACITY: R1/900VA.", StringComparison.Ordinal));
        foreach (var reason in new[] { "FR_NOT_SELECTED", "Supplier sedang gangguan", "Saldo tidak mencukupi" })
        {
            Samples.Should().Contain(s => s.Line.Contains($" FAILED. REASON: {reason}. TRXID: ", StringComparison.Ordinal) && s.Line.Contains("&refid=", StringComparison.Ordinal));
            Samples.Should().Contain(s => s.Line.Contains($" FAILED. REASON: {reason}. TRXID: ", StringComparison.Ordinal) && !s.Line.Contains("&refid=", StringComparison.Ordinal));
        }

        Samples.Should().Contain(s => s.Line.Contains(" INPROGRESS. TRXID: ", StringComparison.Ordinal));
        Samples.Should().Contain(s => s.Line.Contains(" FAILED. REASON: Kredensial tidak sesuai. TRXID: -. @", StringComparison.Ordinal));
        Samples.Should().Contain(s => s.Line.StartsWith("R#. CUSTNUM: 01105601111. REASON: CUSTID not recognized. Biller throws exception. Err:5110. @", StringComparison.Ordinal));
        Samples.Should().Contain(s => s.Saldo == "0").And.Contain(s => s.Saldo == "999").And.Contain(s => s.Saldo != null && s.Saldo.Length > 10);
        Samples.Select(s => s.Line).Should().OnlyHaveUniqueItems();
    }

    [Test]
    public void For_EveryPrepaidFamily_InquiryAndSuccessLines()
    {
        var families = ShippedCatalogue.Catalog.Products.Values.Where(p => p.Family.Postpaid is null).Select(p => p.Family.Name).Distinct().ToList();

        families.Should().HaveCountGreaterThan(10);
        foreach (var family in families)
        {
            Samples.Should().Contain(s => s.Shape.StartsWith(family + " ", StringComparison.Ordinal) && s.Sn != null, family);
            Samples.Should().Contain(s => s.Shape.StartsWith(family + " ", StringComparison.Ordinal) && s.Shape.Contains("inquiry", StringComparison.Ordinal), family);
        }
    }

    [Test]
    public void For_SameCatalogueTwice_SameLines()
    {
        var again = ReplySamples.For(FixtureValidator.ValidateFolder(RepositoryPaths.Fixtures).Catalog!);

        again.Should().Equal(Samples);
    }
}
