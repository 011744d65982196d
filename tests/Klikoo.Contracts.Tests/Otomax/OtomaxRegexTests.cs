using System.Globalization;
using System.Text.RegularExpressions;
using Klikoo.Contracts.Lines;
using Klikoo.Contracts.Tests.Lines;
using Klikoo.Tests.Infrastructure;

namespace Klikoo.Contracts.Tests.Otomax;

/// <summary>
/// The parser regexes of docs/otomax.md#reading-the-replies, as an operator pastes them, applied to thousands of
/// generated lines of every family: each captures exactly the line's true value, and matches no line without one.
/// </summary>
public sealed partial class OtomaxRegexTests
{
    private const int Count = 5000;

    // What each row of the table must capture from a line, or null where the line has no such value.
    private static readonly Dictionary<string, Func<RLine, string?>> TrueValues = new(StringComparer.Ordinal)
    {
        ["SN / token"] = line => (line as SuccessLine)?.SerialNumber,
        ["Klikoo's TRXID"] = line => line switch
        {
            TransactionLine transaction => transaction.TransactionId,
            RejectedLine => RejectedLine.NoTransactionId,
            _ => null,
        },
        ["destination (buy)"] = line => (line as TransactionLine)?.Destination,
        ["price (inquiry)"] = line => (line as InquirySuccessLine)?.Price.ToString(CultureInfo.InvariantCulture),
        ["customer name (inquiry)"] = line => (line as InquirySuccessLine)?.CustomerName,
        ["deduction (buy)"] = line => Balance(line) is { } balance ? KlikooMoney.FormatThousands(balance.Deduction) : null,
        ["balance after (buy)"] = line => Balance(line) is { } balance ? KlikooMoney.FormatThousands(balance.After) : null,
        ["failure reason"] = line => line switch
        {
            InquiryFailureLine failure => failure.Reason,
            FailedLine failed => failed.Reason,
            RejectedLine rejected => rejected.Reason,
            _ => null,
        },
    };

    private static IEnumerable<TestCaseData> Rows() =>
        RegexRow().Matches(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "otomax.md")))
            .Select(m => new TestCaseData(m.Groups["what"].Value, m.Groups["regex"].Value.Replace("\\|", "|", StringComparison.Ordinal))
                .SetArgDisplayNames(m.Groups["what"].Value));

    [Test]
    public void Table_EveryRowHasAGeneratedCheck()
    {
        Rows().Select(row => (string)row.Arguments[0]!).Should().BeEquivalentTo(TrueValues.Keys);
    }

    [TestCaseSource(nameof(Rows))]
    public void Regex_CatalogueLines_CapturesExactlyTheTrueValue(string what, string pattern)
    {
        var regex = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
        var trueValue = TrueValues[what];
        var lines = CatalogueLines.All.Select(RLine.Parse).Concat(Generated(17));
        var matched = 0;
        foreach (var line in lines)
        {
            var text = line.Format();
            var match = regex.Match(text);
            var expected = trueValue(line);

            if (expected is null)
            {
                match.Success.Should().BeFalse($"'{text}' has no {what}");
                continue;
            }

            match.Success.Should().BeTrue($"'{text}' has the {what} '{expected}'");
            match.Groups[1].Value.Should().Be(expected, $"the {what} of '{text}'");
            matched++;
        }

        // Each value is on a fair share of the lines; the least common, a name, on about one in twelve.
        matched.Should().BeGreaterThan(Count / 20);
    }

    private static IEnumerable<RLine> Generated(int seed)
    {
        var faker = new CatalogueLineFaker(seed);
        for (var i = 0; i < Count; i++)
        {
            yield return faker.Any();
        }
    }

    private static BalanceChange? Balance(RLine line) => line switch
    {
        SuccessLine success => success.Balance,
        FailedLine failed => failed.Balance,
        _ => null,
    };

    // | what | `regex` | `value` |, the table DocumentationExamplesTests also reads.
    [GeneratedRegex(@"^\| (?<what>[^|`]+?) \| `(?<regex>(?:[^`])+)` \| `(?<value>[^`]+)` \|$", RegexOptions.Multiline)]
    private static partial Regex RegexRow();
}
