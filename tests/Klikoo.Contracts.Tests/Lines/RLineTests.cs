using Klikoo.Contracts.Lines;
using Klikoo.Tests.Infrastructure;
using static Klikoo.Tests.Infrastructure.DocumentedLines;

namespace Klikoo.Contracts.Tests.Lines;

public sealed class RLineTests
{
    [TestCaseSource(typeof(DocumentedLines), nameof(All))]
    public void Parse_DocumentedLine_FormatsBackByteForByte(string line)
    {
        RLine.Parse(line).Format().Should().Be(line);
    }

    [TestCaseSource(typeof(CatalogueLines), nameof(CatalogueLines.All))]
    public void Parse_CatalogueLine_FormatsBackByteForByte(string line)
    {
        RLine.Parse(line).Format().Should().Be(line);
    }

    [TestCase(CatalogueLines.GameIdWithSpaceSuccess, "123456789 1234")]
    [TestCase(CatalogueLines.GameIdWithBracketsSuccess, "123456789(1234)")]
    [TestCase(CatalogueLines.GameIdWithSpaceInProgress, "123456789 1234")]
    [TestCase(CatalogueLines.GameIdWithSpaceFailed, "123456789 1234")]
    public void Parse_GameIdWithZone_DestinationKeepsItsSpaceOrBrackets(string line, string destination)
    {
        ((TransactionLine)RLine.Parse(line)).Destination.Should().Be(destination);
    }

    [Test]
    public void Parse_GameSuccess_SerialNumberKeepsSlashesSpacesAndBrackets()
    {
        RLine.Parse(CatalogueLines.GameIdWithSpaceSuccess).Should().Be(new SuccessLine(
            "77",
            "MLBB86",
            "123456789 1234",
            "MLBB/86 Diamonds/123456789(1234)",
            "10000001",
            new BalanceChange(100_000_000, 24_750, 99_975_250),
            Wib(2024, 11, 29, 10, 59, 32, 76824)));
    }

    [Test]
    public void Parse_GameInquiryWithoutName_HasNeitherNameNorPowerCapacity()
    {
        RLine.Parse(CatalogueLines.GameInquiryWithoutName).Should().Be(new InquirySuccessLine(
            "MLBB86", 24750, "123456789 1234", null, null, Wib(2024, 11, 29, 10, 59, 32, 76824)));
    }

    [TestCase(CatalogueLines.ShopeePayInquiryWithPunctuation, "O'Brien, S.Kom.", null)]
    [TestCase(CatalogueLines.PlnInquiryWithTitle, "IR. PUTU ADI, S.T.", "R1M/900VA")]
    public void Parse_NameEndingInADot_KeepsItsDots(string line, string name, string? powerCapacity)
    {
        var inquiry = InquirySuccessLine.Parse(line);

        using (new FluentAssertions.Execution.AssertionScope())
        {
            inquiry.CustomerName.Should().Be(name);
            inquiry.PowerCapacity.Should().Be(powerCapacity);
        }
    }

    [Test]
    public void Parse_InquiryPln_ReadsEveryField()
    {
        RLine.Parse(InquiryPln).Should().Be(new InquirySuccessLine(
            "PLN20", 20546, "01105691111", "BAHARRUDIN1", "R1/2200VA", Wib(2024, 11, 12, 12, 32, 55, 821005)));
    }

    [Test]
    public void Parse_InquiryMaxim_HasNeitherNameNorPowerCapacity()
    {
        RLine.Parse(InquiryMaxim).Should().Be(new InquirySuccessLine(
            "MAX5000", 7205, "0817345544", null, null, Wib(2024, 11, 29, 11, 4, 32, 895636)));
    }

    [Test]
    public void Parse_InquiryOvo_KeepsMaskedName()
    {
        InquirySuccessLine.Parse(InquiryOvo).CustomerName.Should().Be("C**tomer Na**");
    }

    [Test]
    public void Parse_InquiryFailure_ReasonKeepsItsDots()
    {
        RLine.Parse(InquiryFailure).Should().Be(new InquiryFailureLine(
            "01105601111", "CUSTID not recognized. Biller throws exception. Err:5110", Wib(2024, 11, 12, 12, 32, 8, 889517)));
    }

    [Test]
    public void Parse_BuySuccessPln_SerialNumberEndsAtTrxid()
    {
        RLine.Parse(BuySuccessPln).Should().Be(new SuccessLine(
            "13574661",
            "PLN50",
            "14444941364",
            "2514-1798-8056-2280-2824/HASMALINDA/R1M/900VA/33.7",
            "20356853",
            new BalanceChange(13_608_663, 50_102, 13_558_561),
            Wib(2024, 12, 16, 9, 46, 23, 848418)));
    }

    [Test]
    public void Parse_BuySuccessMaxim_ReadsUuidTransactionId()
    {
        var line = SuccessLine.Parse(BuySuccessMaxim);

        using (new FluentAssertions.Execution.AssertionScope())
        {
            line.RefId.Should().Be("359912451");
            line.TransactionId.Should().Be("5a8ae07d-c01c-48c1-b38a-20a1f7ea0200");
            line.Balance.Should().Be(new BalanceChange(97_411_793, 18_800, 97_392_993));
            line.Balance.IsConsistent.Should().BeTrue();
            line.Status.Should().Be(TransactionStatus.Success);
        }
    }

    [Test]
    public void Parse_BuyFailedSample_KeepsItsInconsistentArithmetic()
    {
        var line = FailedLine.Parse(BuyFailedMaxim);

        using (new FluentAssertions.Execution.AssertionScope())
        {
            line.Reason.Should().Be("FR_NOT_SELECTED");
            line.Balance.Should().Be(new BalanceChange(31_515_657, 0, 31_473_857));
            line.Balance.IsConsistent.Should().BeFalse();
        }
    }

    [Test]
    public void Parse_BuyInProgress_HasNoBalanceAndNoRefIdTail()
    {
        RLine.Parse(BuyInProgressDanaOpen).Should().Be(new InProgressLine(
            "00f7ade1-68df-4d58-a7c9-297ec86e6632", "DNOPEN", "081111111111", "14430673", Wib(2024, 10, 23, 15, 42, 50, 308103)));
    }

    [Test]
    public void Parse_BuyRejected_HasNoTransaction()
    {
        RLine.Parse(BuyRejectedDanaOpen).Should().Be(new RejectedLine(
            "00f7ade1-68df-4d58-a7c9-297ec86e6632", "DNOPEN", "Amount must be in numbers only", Wib(2024, 10, 23, 15, 45, 2, 875417)));
    }

    [Test]
    public void Format_EmptyReason_WritesReasonColonDot()
    {
        var line = new FailedLine("1", "DN1", "0817345544", "", "7", BalanceChange.Unchanged(1000), Wib(2024, 1, 2, 3, 4, 5, 6));

        line.Format().Should().Be("R#1 DN1. 0817345544 FAILED. REASON: . TRXID: 7. SISA SALDO: 1.000 - 0 = 1.000 @03:04:05.000006 02/01/2024&refid=1");
        FailedLine.Parse(line.Format()).Should().Be(line);
    }

    [Test]
    public void Format_ValueWithLineBreaks_StaysOneLine()
    {
        var line = new InquiryFailureLine("0812\r\n3456", "bad\u2028reason\u0000", Wib(2024, 1, 2, 3, 4, 5, 6));

        line.Format().Should().Be("R#. CUSTNUM: 0812??3456. REASON: bad?reason?. @03:04:05.000006 02/01/2024");
    }

    [Test]
    public void Format_TimestampInAnotherOffset_WritesWib()
    {
        var utc = new DateTimeOffset(2024, 11, 12, 5, 32, 55, TimeSpan.Zero).AddTicks(8_210_050);
        var line = new InquiryFailureLine("1", "x", utc);

        line.Format().Should().EndWith("@12:32:55.821005 12/11/2024");
    }

    [Test]
    public void Format_LongReason_GrowsPastTheStackBuffer()
    {
        var reason = new string('x', 5000);
        var line = new InquiryFailureLine("1", reason, Wib(2024, 1, 2, 3, 4, 5, 6));

        InquiryFailureLine.Parse(line.Format()).Reason.Should().Be(reason);
    }

    [TestCase("", "R# prefix at position 0")]
    [TestCase("OK", "R# prefix at position 0")]
    [TestCase("R#PLN20. PRICE: 2x. CUSTNUM: 1. @12:32:55.821005 12/11/2024", "PRICE at position 16")]
    [TestCase("R#PLN20. PRICE: 20. CUSTNUM: 1. @12:32:55 12/11/2024", "CURRENT_TIMESTAMP at position 33")]
    [TestCase("R#1 DN1. 0817 PENDING. TRXID: 7. @03:04:05.000006 02/01/2024", "STATUS at position 14")]
    [TestCase("R#1 DN1. 0817 SUCCESS. SN: 1. TRXID: 7. SISA SALDO: 1.0000 - 0 = 1 @03:04:05.000006 02/01/2024&refid=1", "BALANCE_BEFORE at position 52")]
    [TestCase("R#1 DN1. 0817 SUCCESS. SN: 1. TRXID: 7. SISA SALDO: 1 - 0 = 1 @03:04:05.000006 02/01/2024&refid=2", "REFERENCE_ID at position 96")]
    [TestCase("R#. CUSTNUM: 1. REASON: x. @03:04:05.000006 02/01/2024 trailing", "CURRENT_TIMESTAMP at position 54")]
    public void Parse_MalformedLine_ThrowsNamingFieldAndPosition(string text, string expected)
    {
        var parse = () => RLine.Parse(text);

        parse.Should().Throw<FormatException>().WithMessage($"*{expected}*");
    }

    [Test]
    public void TryParse_LineOfAnotherShape_ReturnsFalse()
    {
        SuccessLine.TryParse(InquiryOvo, out var success).Should().BeFalse();
        success.Should().BeNull();
        InquirySuccessLine.TryParse(InquiryOvo, out var inquiry).Should().BeTrue();
        inquiry!.ProductCode.Should().Be("OVO10");
    }

    [Test]
    public void TypedParse_LineOfAnotherShape_ThrowsFormatException()
    {
        var parse = () => SuccessLine.Parse(BuyInProgressDanaOpen);

        parse.Should().Throw<FormatException>().WithMessage("*expected SuccessLine*");
    }
}
