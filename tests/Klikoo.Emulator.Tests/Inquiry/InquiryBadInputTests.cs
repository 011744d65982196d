using Klikoo.Contracts.Lines;

namespace Klikoo.Emulator.Tests.Inquiry;

/// <summary>One test per class of bad input: HTTP 200 and a clear Klikoo failure line, never a 500 (docs/klikoo-interface.md#decisions).</summary>
public sealed class InquiryBadInputTests
{
    private const string WrongDestination = "No pelanggan salah, pastikan nomor yang diinput sesuai";
    private static readonly IrsQuery Valid = IrsQuery.Sample("OVO10", "081000000001");
    private static readonly IrsQuery ValidOpen = IrsQuery.Sample("DNOPEN", "0817345544", amount: "20000");

    private EmulatorFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void StartEmulator()
    {
        _factory = new EmulatorFactory();
        _client = _factory.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopEmulator()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [TestCase("client_id")]
    [TestCase("client_secret")]
    [TestCase("idrs")]
    [TestCase("pin")]
    [TestCase("product_code")]
    [TestCase("ref_id")]
    [TestCase("to")]
    public async Task Inquire_MissingParameter_NamesTheField(string field)
    {
        var line = await InquireAsync(Valid.Without(field));

        line.Reason.Should().Be($"Field tidak boleh kosong: {field}");
    }

    [TestCase("client_id")]
    [TestCase("pin")]
    [TestCase("to")]
    public async Task Inquire_EmptyParameter_NamesTheField(string field)
    {
        var line = await InquireAsync(Valid.With(field, ""));

        line.Reason.Should().Be($"Field tidak boleh kosong: {field}");
    }

    [TestCase("client_id", "00000000-0000-0000-0000-000000000000")]
    [TestCase("client_secret", "secet")]
    [TestCase("pin", "654321")]
    [TestCase("client_secret", "GVXZQYPLJTOUKFANCKAKAA9Z0MD4X5AJ")]
    public async Task Inquire_WrongCredentials_KredensialTidakSesuai(string field, string value)
    {
        var line = await InquireAsync(Valid.With(field, value));

        line.Reason.Should().Be("Kredensial tidak sesuai");
    }

    [Test]
    public async Task Inquire_UnknownProduct_ProdukTidakDitemukan()
    {
        (await InquireAsync(Valid.With("product_code", "OVO999"))).Reason.Should().Be("Produk tidak ditemukan");
    }

    [TestCase("abc")]
    [TestCase("-20000")]
    [TestCase("20000.5")]
    [TestCase("20.000")]
    [TestCase("1e5")]
    [TestCase(" 20000")]
    [TestCase("２００００")]
    public async Task Inquire_AmountNotDigits_AmountMustBeInNumbersOnly(string amount)
    {
        (await InquireAsync(ValidOpen.With("amount", amount))).Reason.Should().Be("Amount must be in numbers only");
    }

    [Test]
    public async Task Inquire_OpenDenominationWithoutAmount_AmountMustBeInNumbersOnly()
    {
        (await InquireAsync(ValidOpen.Without("amount"))).Reason.Should().Be("Amount must be in numbers only");
    }

    [TestCase("9999")]
    [TestCase("10000001")]
    [TestCase("99999999999999999999999999")]
    public async Task Inquire_AmountOutOfRange_NamesTheRange(string amount)
    {
        (await InquireAsync(ValidOpen.With("amount", amount))).Reason.Should().Be("Amount must be between 10000 and 10000000");
    }

    [Test]
    public async Task Inquire_HugeAmountOnFixedDenomination_AmountOutOfRange()
    {
        (await InquireAsync(Valid.With("amount", "99999999999999999999999999"))).Reason.Should().Be("Amount out of range");
    }

    [Test]
    public async Task Inquire_SellingPriceNotDigits_SaysSo()
    {
        (await InquireAsync(Valid.With("selling_price", "2.000,00"))).Reason.Should().Be("Selling price must be in numbers only");
    }

    [TestCase("12345", "12345")]
    [TestCase("0812", "0812")]
    [TestCase("6281234567890", "6281234567890")]
    [TestCase("08123456789012345678901234567890", "08123456789012345678901234")]
    [TestCase("0812-3456-789", "0812-3456-789")]
    public async Task Inquire_WrongShapedDestination_NoPelangganSalah(string to, string echoed)
    {
        var line = await InquireAsync(Valid.With("to", to));

        line.Should().BeEquivalentTo(new { CustomerNumber = echoed, Reason = WrongDestination });
    }

    [TestCase("０８１２３４５６７８９０", "????????????")]
    [TestCase("٠٨١٢٣٤٥٦٧٨٩٠", "????????????")]
    [TestCase("0812😀34567890", "0812??34567890")]
    public async Task Inquire_UnicodeDestination_EchoedAsQuestionMarks(string to, string echoed)
    {
        var line = await InquireAsync(Valid.With("to", to));

        line.Should().BeEquivalentTo(new { CustomerNumber = echoed, Reason = WrongDestination });
    }

    [TestCase("0812\r\n34567890", "0812??34567890")]
    [TestCase("0812\u000134567890", "0812?34567890")]
    [TestCase("081234567890\n", "081234567890?")]
    [TestCase("\u2028081234567890", "?081234567890")]
    public async Task Inquire_ControlCharactersInDestination_StaysOneLine(string to, string echoed)
    {
        var line = await InquireAsync(Valid.With("to", to));

        line.Should().BeEquivalentTo(new { CustomerNumber = echoed, Reason = WrongDestination });
    }

    [Test]
    public async Task Inquire_ControlCharactersInRefId_Rejected()
    {
        (await InquireAsync(Valid.With("ref_id", "123\r\nR#FAKE"))).Reason.Should().StartWith("Validasi Error: ref_id");
    }

    [Test]
    public async Task Inquire_OverlongRefId_Rejected()
    {
        (await InquireAsync(Valid.With("ref_id", new string('1', 65)))).Reason.Should().StartWith("Validasi Error: ref_id");
    }

    [TestCase("to", "081234567890")]
    [TestCase("client_id", "c17229eb-3d2b-4576-8f5d-c2e716da764b")]
    [TestCase("amount", "100000")]
    public async Task Inquire_RepeatedKey_Rejected(string field, string value)
    {
        (await InquireAsync(Valid.Add(field, value))).Reason.Should().Be($"Validasi Error: parameter {field} sent more than once");
    }

    [TestCase("PUT")]
    [TestCase("DELETE")]
    [TestCase("PATCH")]
    public async Task Inquire_OtherMethod_KlikooLineNotAnEmpty405(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), $"/v1/irs/inquiry?{Valid}");
        using var response = await _client.SendAsync(request);

        var line = InquiryFailureLine.Parse(await response.ShouldBeKlikooLineAsync());
        line.Reason.Should().Be($"Validasi Error: method {method} not supported, use GET or POST");
    }

    [Test]
    public async Task Inquire_NoParametersAtAll_FirstRequiredField()
    {
        using var response = await _client.GetAsync("/klikoo-b2b/v1/irs/inquiry");

        InquiryFailureLine.Parse(await response.ShouldBeKlikooLineAsync()).Reason.Should().Be("Field tidak boleh kosong: client_id");
    }

    [Test]
    public async Task Inquire_AfterEveryKindOfBadInput_StillServesTheSample()
    {
        var sample = DocumentedSample.Inquiries.Single(s => s.Name == "OVO10");
        await using var factory = new EmulatorFactory(sample.At);
        using var client = factory.CreateClient();
        string[] bad = ["to=%0D%0A", "amount=-1&product_code=DNOPEN", "to=%F0%9F%98%80", "%%%", "to=1&to=2", "client_id=" + new string('x', 4000)];
        foreach (var query in bad)
        {
            using var response = await client.GetAsync($"/v1/irs/inquiry?{query}");
            await response.ShouldBeKlikooLineAsync();
        }

        (await client.GetStringAsync($"/v1/irs/inquiry?{sample.Query}")).Should().Be(sample.Line);
    }

    private async Task<InquiryFailureLine> InquireAsync(IrsQuery query)
    {
        using var response = await _client.GetAsync($"/v1/irs/inquiry?{query}");
        return InquiryFailureLine.Parse(await response.ShouldBeKlikooLineAsync());
    }
}
