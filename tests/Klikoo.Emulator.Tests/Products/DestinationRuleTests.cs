using Klikoo.Emulator.Products;

namespace Klikoo.Emulator.Tests.Products;

public sealed class DestinationRuleTests
{
    [TestCase("phone", "0817345544", true)]
    [TestCase("phone", "081000000001", true)]
    [TestCase("phone", "0812345678901", true)]
    [TestCase("phone", "08123456789012", false)]
    [TestCase("phone", "081234567", false)]
    [TestCase("phone", "6281234567890", false)]
    [TestCase("pln-number", "01105691111", true)]
    [TestCase("pln-number", "521234567890", true)]
    [TestCase("pln-number", "0110569111", false)]
    [TestCase("maxim-driver", "48429495", true)]
    [TestCase("maxim-driver", "1234", false)]
    [TestCase("phone", "０８１２３４５６７８９０", false)]
    [TestCase("pln-number", "٠١١٠٥٦٩١١١١", false)]
    public void Matches_Destination_AsDocumented(string rule, string destination, bool matches)
    {
        DestinationRules.Named.Single(r => r.Name == rule).Matches(destination).Should().Be(matches);
    }

    [TestCase("081234567890\n")]
    [TestCase("\n081234567890")]
    [TestCase("x081234567890")]
    [TestCase("081234567890x")]
    [TestCase("")]
    public void Matches_AnythingAroundAValidNumber_Refused(string destination)
    {
        DestinationRules.Phone.Matches(destination).Should().BeFalse("the whole destination must match, as the digit check did");
        (DestinationRules.Phone with { Pattern = "^08[0-9]{8,11}$" }).Matches(destination).Should().BeFalse("anchors written in the pattern change nothing");
    }

    [Test]
    public void With_AnotherPattern_MatchesByTheNewOne()
    {
        var fixedLine = DestinationRules.Phone with { Pattern = "021[0-9]{7,8}" };

        fixedLine.Matches("0211234567").Should().BeTrue();
        fixedLine.Matches("081234567890").Should().BeFalse();
        fixedLine.Should().NotBe(DestinationRules.Phone);
    }

    [Test]
    public void Matches_OnTheHotPath_AllocatesNothing()
    {
        var rule = DestinationRules.Phone;
        for (var i = 0; i < 100; i++)
        {
            rule.Matches("081234567890");
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var matched = 0;
        for (var i = 0; i < 10_000; i++)
        {
            matched += rule.Matches(i % 2 == 0 ? "081234567890" : "6281234567890") ? 1 : 0;
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
        matched.Should().Be(5_000);
    }

    [Test]
    public void Matches_GeneratedDestinations_AsTheDigitCheck()
    {
        // The rules as the emulator checked them before they were patterns: ASCII digits, a length, a prefix.
        var random = new Random(20261207);
        const string alphabet = "0123456789080808 x\n\u0660\uFF10";
        for (var i = 0; i < 20_000; i++)
        {
            var destination = new string([.. Enumerable.Range(0, random.Next(0, 16)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var digits = destination.Length > 0 && destination.All(char.IsAsciiDigit);

            DestinationRules.Phone.Matches(destination).Should().Be(digits && destination.Length is >= 10 and <= 13 && destination.StartsWith("08", StringComparison.Ordinal), destination);
            DestinationRules.PlnNumber.Matches(destination).Should().Be(digits && destination.Length is 11 or 12, destination);
            DestinationRules.MaximDriver.Matches(destination).Should().Be(digits && destination.Length is >= 5 and <= 12, destination);
        }
    }
}
