using Klikoo.Contracts.Lines;

namespace Klikoo.Contracts.Tests.Lines;

public sealed class KlikooMoneyTests
{
    [TestCase(0, "0")]
    [TestCase(999, "999")]
    [TestCase(18800, "18.800")]
    [TestCase(97411793, "97.411.793")]
    [TestCase(1000000000000, "1.000.000.000.000")]
    public void FormatThousands_WritesIndonesianDots(long value, string expected)
    {
        KlikooMoney.FormatThousands(value).Should().Be(expected);
        KlikooMoney.TryParseThousands(expected, out var parsed).Should().BeTrue();
        parsed.Should().Be(value);
    }

    [TestCase("")]
    [TestCase(".")]
    [TestCase("1.")]
    [TestCase(".100")]
    [TestCase("1.00")]
    [TestCase("1.0000")]
    [TestCase("1000.000")]
    [TestCase("1,000")]
    [TestCase("1 000")]
    [TestCase("99.999.999.999.999.999.999")]
    public void TryParseThousands_Malformed_ReturnsFalse(string text)
    {
        KlikooMoney.TryParseThousands(text, out _).Should().BeFalse();
    }
}
