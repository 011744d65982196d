using Klikoo.Contracts.Lines;

namespace Klikoo.Emulator.Tests.Transactions;

/// <summary>Buy validation failures use the TRXID: - shape (docs/klikoo-interface.md#transaction-reports) and create nothing.</summary>
public sealed class BuyBadInputTests
{
    [TestCase("client_id", null, "Field tidak boleh kosong: client_id")]
    [TestCase("pin", "000000", "Kredensial tidak sesuai")]
    [TestCase("product_code", "XYZ1", "Produk tidak ditemukan")]
    [TestCase("to", "1234", "No pelanggan salah, pastikan nomor yang diinput sesuai")]
    [TestCase("amount", "-5", "Amount must be in numbers only")]
    public async Task Buy_BadInput_RejectedWithoutATransaction(string field, string? value, string reason)
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();
        var query = IrsQuery.Buy("OVO10", "081234567890", "bad1", "10000");

        using var response = await client.GetAsync($"/v1/irs/buy?{(value is null ? query.Without(field) : query.With(field, value))}");

        RejectedLine.Parse(await response.ShouldBeKlikooLineAsync()).Should().BeEquivalentTo(new { RefId = "bad1", Reason = reason });
        factory.Get<Emulator.Transactions.TransactionStore>().Count.Should().Be(0);
    }

    [Test]
    public async Task Buy_LineBreakingRefId_EchoedSafely()
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234567890", "12\r\nR#1 OVO10. 0 SUCCESS")}");

        (await response.ShouldBeKlikooLineAsync()).Should().StartWith("R#12??R#1?OVO10.?0?SUCCESS OVO10 FAILED. REASON: Validasi Error: ref_id");
    }

    [TestCase(". TRXID: ")]
    [TestCase("OVO10.")]
    [TestCase("a b")]
    public async Task Buy_ProductCodeWithLayoutCharacters_EchoedSoTheLineStillParses(string productCode)
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"/v1/irs/buy?{IrsQuery.Buy(productCode, "081234567890", "p1")}");

        RejectedLine.Parse(await response.ShouldBeKlikooLineAsync()).Reason.Should().Be("Produk tidak ditemukan");
    }
}
