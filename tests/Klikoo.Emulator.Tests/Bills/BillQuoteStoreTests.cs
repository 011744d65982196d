using Klikoo.Emulator.Bills;

namespace Klikoo.Emulator.Tests.Bills;

/// <summary>
/// The contract both quote stores keep (<see cref="BillQuotes"/>, <see cref="RedisBillQuotes"/>): the latest quote
/// per client, product and account until the end of its WIB day on the emulator's clock, and one payer per bill
/// however many race.
/// </summary>
[TestFixture(StateStore.Memory)]
[TestFixture(StateStore.Redis)]
public sealed class BillQuoteStoreTests(StateStore store)
{
    // 23:59:59 WIB on 12 November: one second before the quote runs out.
    private static readonly DateTimeOffset Now = new(2024, 11, 12, 12, 0, 0, TimeSpan.FromHours(7));

    private static BillQuote Quote(string client = "c1", long total = 152_500) =>
        new(client, "POSTPAIDPLN", "514040400482", "BUDI SANTOSO", ["2024-09", "2024-10"], total, BillQuote.EndOfDay(Now));

    [Test]
    public async Task LatestAsync_UntilTheEndOfTheWibDay_ThenNone()
    {
        await using var factory = new EmulatorFactory(store: store);
        var quotes = factory.Get<IBillQuotes>();
        await quotes.RememberAsync(Quote(total: 1), Now);
        await quotes.RememberAsync(Quote(), Now);

        var lastSecond = await quotes.LatestAsync("c1", "POSTPAIDPLN", "514040400482", new DateTimeOffset(2024, 11, 12, 23, 59, 59, TimeSpan.FromHours(7)));
        var midnight = await quotes.LatestAsync("c1", "POSTPAIDPLN", "514040400482", new DateTimeOffset(2024, 11, 13, 0, 0, 0, TimeSpan.FromHours(7)));
        var otherClient = await quotes.LatestAsync("c2", "POSTPAIDPLN", "514040400482", Now);

        lastSecond.Should().BeEquivalentTo(Quote(), "the latest replaces the earlier one");
        midnight.Should().BeNull();
        otherClient.Should().BeNull();
    }

    [Test]
    public async Task TryClaimAsync_TwentyRacingPayers_OneWinsAndHoldsIt()
    {
        await using var factory = new EmulatorFactory(store: store);
        var quotes = factory.Get<IBillQuotes>();
        var bill = Quote().Bill;
        var until = BillQuote.EndOfMonth(Now);

        var won = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => quotes.TryClaimAsync(bill, new("c1", $"r{i}"), null, until, Now).AsTask()));
        var winner = await quotes.PayerAsync(bill, Now);

        won.Count(w => w).Should().Be(1);
        winner.Should().Be(new BillPayer("c1", $"r{Array.IndexOf(won, true)}"));
        (await quotes.TryClaimAsync(bill, winner!, null, until, Now)).Should().BeTrue("the holder claims again");
        (await quotes.TryClaimAsync(bill, new("c1", "late"), new("c1", "other"), until, Now)).Should().BeFalse("only the holder's payment can be voided");
        (await quotes.TryClaimAsync(bill, new("c1", "retry"), winner, until, Now)).Should().BeTrue("a failed holder's claim is taken over");
        (await quotes.PayerAsync(bill, until)).Should().BeNull("a claim lasts until the month ends");
    }

    [Test]
    public async Task ReleaseAsync_OnlyTheHoldersClaim()
    {
        await using var factory = new EmulatorFactory(store: store);
        var quotes = factory.Get<IBillQuotes>();
        var bill = Quote().Bill;
        await quotes.TryClaimAsync(bill, new("c1", "a"), null, BillQuote.EndOfMonth(Now), Now);

        await quotes.ReleaseAsync(bill, new("c1", "b"));
        var kept = await quotes.PayerAsync(bill, Now);
        await quotes.ReleaseAsync(bill, new("c1", "a"));

        kept.Should().Be(new BillPayer("c1", "a"));
        (await quotes.PayerAsync(bill, Now)).Should().BeNull();
    }

    [Test]
    public async Task Reset_ForgetsQuotesAndPaidBills()
    {
        await using var factory = new EmulatorFactory(store: store);
        var quotes = factory.Get<IBillQuotes>();
        await quotes.RememberAsync(Quote(), Now);
        await quotes.TryClaimAsync(Quote().Bill, new("c1", "a"), null, BillQuote.EndOfMonth(Now), Now);

        quotes.Reset();

        (await quotes.LatestAsync("c1", "POSTPAIDPLN", "514040400482", Now)).Should().BeNull();
        (await quotes.PayerAsync(Quote().Bill, Now)).Should().BeNull();
    }
}
