using Klikoo.Contracts.Client;
using Klikoo.Contracts.Lines;
using Klikoo.Contracts.Otomax;
using Klikoo.Tests.Infrastructure;

namespace Klikoo.Contracts.Tests.Client;

public sealed class KlikooIrsClientTests
{
    private static readonly DocumentedSample Ovo = DocumentedSample.Inquiries.Single(s => s.Name == "OVO10");

    [Test]
    public async Task Inquire_WithThePastedOtomaxTemplate_ReachesTheEmulator()
    {
        await using var factory = new EmulatorFactory(Ovo.At);
        using var http = factory.CreateClient();
        var options = ClientFor.Options();
        var client = new KlikooIrsClient(http, new KlikooClientOptions
        {
            ClientId = options.ClientId,
            ClientSecret = options.ClientSecret,
            Pin = options.Pin,
            Idrs = options.Idrs,
            InquiryTemplate = new OtomaxUrlTemplate(OtomaxUrlTemplate.KlikooInquiry.Replace("https://{url}", http.BaseAddress!.ToString().TrimEnd('/'), StringComparison.Ordinal)),
        });

        var result = await client.InquireAsync(ClientFor.Inquiry(Ovo.Query));

        result.RawLine.Should().Be(Ovo.Line);
    }

    [Test]
    public async Task Inquire_PostForm_ReachesTheEmulator()
    {
        await using var factory = new EmulatorFactory(Ovo.At);
        using var http = factory.CreateClient();

        var result = await ClientFor.Create(http, KlikooRequestStyle.PostForm).InquireAsync(ClientFor.Inquiry(Ovo.Query));

        result.RawLine.Should().Be(Ovo.Line);
    }

    [Test]
    public async Task Inquire_KlikooFailure_IsAResultNotAnException()
    {
        await using var factory = new EmulatorFactory(Ovo.At);
        using var http = factory.CreateClient();

        var result = await ClientFor.Create(http).InquireAsync(new InquiryRequest("OVO10", "1", "12345"));

        result.IsSuccess.Should().BeFalse();
        result.Reason.Should().Be("No pelanggan salah, pastikan nomor yang diinput sesuai");
    }

    [Test]
    public async Task Subclass_StandsInForTheClient_InAPartnersUnitTest()
    {
        KlikooIrsClient klikoo = new StandIn(TransactionResult.Parse(DocumentedLines.BuyInProgressDanaOpen));

        var result = await klikoo.CheckStatusAsync(new BuyRequest("DNOPEN", "00f7ade1-68df-4d58-a7c9-297ec86e6632", "081111111111", 20_000));

        result.Status.Should().Be(TransactionStatus.InProgress);
        result.TransactionId.Should().Be("14430673");
    }

    [Test]
    public void ResultParse_LineOfTheWrongKind_Throws()
    {
        var transaction = () => TransactionResult.Parse(DocumentedLines.InquiryOvo);
        var inquiry = () => InquiryResult.Parse(DocumentedLines.BuySuccessPln);

        transaction.Should().Throw<FormatException>();
        inquiry.Should().Throw<FormatException>();
        InquiryResult.Parse(DocumentedLines.InquiryFailure).Reason.Should().Be("CUSTID not recognized. Biller throws exception. Err:5110");
    }

    // docs/klikoo-interface.md#destinations-serial-numbers-and-names: a game id with its zone after a space goes out
    // encoded and comes back, space and all, in the destination and the SN.
    [Test]
    public async Task Buy_GameIdWithZoneAfterASpace_SendsItAndReadsTheReport()
    {
        var buy = IrsQuery.Buy("MLBB86", "123456789 1234", "77");
        var inquiry = IrsQuery.Sample("MLBB86", "123456789 1234", amount: "", sellingPrice: "", refId: "76");
        await using var buys = new DocumentedWireMockServer("buy", [(buy, Lines.CatalogueLines.GameIdWithSpaceSuccess)]);
        await using var inquiries = new DocumentedWireMockServer("inquiry", [(inquiry, Lines.CatalogueLines.GameInquiryWithoutName)]);
        using var buyHttp = buys.CreateHttpClient();
        using var inquiryHttp = inquiries.CreateHttpClient();

        var bought = await ClientFor.Create(buyHttp).BuyAsync(ClientFor.Buy(buy));
        var inquired = await ClientFor.Create(inquiryHttp).InquireAsync(ClientFor.Inquiry(inquiry));

        using (new FluentAssertions.Execution.AssertionScope())
        {
            bought.Success!.Destination.Should().Be("123456789 1234");
            bought.Success.SerialNumber.Should().Be("MLBB/86 Diamonds/123456789(1234)");
            inquired.Success!.CustomerNumber.Should().Be("123456789 1234");
            inquired.Success.CustomerName.Should().BeNull();
        }
    }

    // What a partner writes to unit-test code that takes a KlikooIrsClient, without HTTP.
    private sealed class StandIn(TransactionResult canned) : KlikooIrsClient
    {
        public override Task<TransactionResult> BuyAsync(BuyRequest request, CancellationToken cancellationToken = default) => Task.FromResult(canned);
    }
}
