using Klikoo.Contracts.Callbacks;
using Klikoo.Contracts.Lines;
using Klikoo.Tests.Infrastructure;

namespace Klikoo.Contracts.Tests.Callbacks;

public sealed class KlikooCallbackTests
{
    [Test]
    public void Parse_LineAsWholeQuery_ReadsTheReport()
    {
        var query = "?" + Uri.EscapeDataString(DocumentedLines.BuySuccessMaxim.Replace("&refid=359912451", "", StringComparison.Ordinal)) + "&refid=359912451";

        var report = KlikooCallback.Parse(query);

        report.Should().Be(new CallbackReport(SuccessLine.Parse(DocumentedLines.BuySuccessMaxim), "359912451"));
    }

    [Test]
    public void Parse_MessageAndRefIdParameters_PutsTheTailBack()
    {
        var message = DocumentedLines.BuySuccessPln.Replace("&refid=13574661", "", StringComparison.Ordinal);
        var query = $"message={Uri.EscapeDataString(message)}&refid=13574661";

        var report = KlikooCallback.Parse(query);

        report.Line.Format().Should().Be(DocumentedLines.BuySuccessPln);
        report.RefId.Should().Be("13574661");
    }

    // Both forms, over thousands of reports of every family: game ids with a space or brackets, SNs with slashes and spaces.
    [Test]
    public void Parse_GeneratedCatalogueReports_ReadBackByteForByte()
    {
        var faker = new Lines.CatalogueLineFaker(23);
        var checkedReports = 0;
        for (var i = 0; i < 5000; i++)
        {
            if (faker.Any() is not TransactionLine line)
            {
                continue;
            }

            var text = line.Format();
            var tail = $"&refid={line.RefId}";
            var message = text.EndsWith(tail, StringComparison.Ordinal) ? text[..^tail.Length] : text;

            KlikooCallback.Parse($"message={Uri.EscapeDataString(message)}&refid={line.RefId}").Line.Format().Should().Be(text);
            KlikooCallback.Parse($"?{Uri.EscapeDataString(message)}{(message == text ? "" : tail)}").Line.Should().Be(line);
            checkedReports++;
        }

        checkedReports.Should().BeGreaterThan(2000);
    }

    [Test]
    public void Parse_InProgressMessage_HasNoTail()
    {
        var query = $"msg={Uri.EscapeDataString(DocumentedLines.BuyInProgressDanaOpen)}&refid=00f7ade1-68df-4d58-a7c9-297ec86e6632";

        KlikooCallback.Parse(query).Line.Should().BeOfType<InProgressLine>();
    }

    [Test]
    public void Parse_FormEncodedSpaces_Decoded()
    {
        var message = DocumentedLines.BuyFailedMaxim.Replace("&refid=204900199", "", StringComparison.Ordinal);
        var query = $"refid=204900199&message={Uri.EscapeDataString(message).Replace("%20", "+", StringComparison.Ordinal)}";

        KlikooCallback.Parse(query).Line.Should().BeOfType<FailedLine>().Which.Reason.Should().Be("FR_NOT_SELECTED");
    }

    [TestCase("")]
    [TestCase("?status=ok")]
    [TestCase("?message=R%23garbage")]
    [TestCase("?message=" + "R%23OVO10.%20PRICE%3A%2010100.%20CUSTNUM%3A%20081000000001.%20%4010%3A59%3A32.076824%2029%2F11%2F2024")]
    public void TryParse_NoTransactionReport_ReturnsFalse(string query)
    {
        KlikooCallback.TryParse(query, out var report).Should().BeFalse();
        report.Should().BeNull();
    }
}
