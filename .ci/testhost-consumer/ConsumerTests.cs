using System.Globalization;
using Klikoo.Contracts.Client;
using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Testing;
using NUnit.Framework;

namespace Consumer.Tests;

// What a partner's suite does with the package: start the emulator in process, point its client at it, steer it.
public sealed class ConsumerTests
{
    private const string OvoLine = "R#OVO10. PRICE: 10100. CUSTNUM: 081000000001. CUSTNAME: C**tomer Na**. @10:59:32.076824 29/11/2024";

    private static readonly DateTimeOffset DocumentedInstant =
        DateTimeOffset.Parse("2024-11-29T10:59:32.076824+07:00", CultureInfo.InvariantCulture);

    private static KlikooIrsClient Client(KlikooEmulator emulator) => new(emulator.CreateClient(), new KlikooClientOptions
    {
        ClientId = "c17229eb-3d2b-4576-8f5d-c2e716da764b",
        ClientSecret = "gvxzqypljtoukfanckakaa9z0md4x5aj",
        Pin = "123456",
    });

    [Test]
    public async Task The_shipped_fixtures_serve_the_documented_OVO10_line()
    {
        await using var emulator = await KlikooEmulator.StartAsync(new KlikooEmulatorOptions { FrozenClock = DocumentedInstant });

        var inquiry = await Client(emulator).InquireAsync(new InquiryRequest("OVO10", RefId: "1", To: "081000000001"));

        Assert.That(inquiry.Line.Format(), Is.EqualTo(OvoLine));
    }

    [Test]
    public async Task A_forced_failure_reaches_the_client_and_the_journal_records_the_buy()
    {
        await using var emulator = await KlikooEmulator.StartAsync(new KlikooEmulatorOptions { FrozenClock = DocumentedInstant });
        await emulator.Admin.ForceNextBuyAsync("failed", to: "081234567890", reason: "Supplier sedang gangguan");

        var buy = await Client(emulator).BuyAsync(new BuyRequest("OVO10", RefId: "consumer-1", To: "081234567890"));

        Assert.That(buy.Status, Is.EqualTo(TransactionStatus.Failed));
        Assert.That(buy.Reason, Is.EqualTo("Supplier sedang gangguan"));
        var journal = await emulator.Admin.JournalAsync();
        Assert.That(journal.Select(entry => entry["path"]?.ToString()), Has.Some.EndsWith("/irs/buy"));
    }
}
