using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Orders;
using Klikoo.Emulator.Tests.Admin;
using Klikoo.Emulator.Transactions;

namespace Klikoo.Emulator.Tests.Transactions;

/// <summary>
/// INPROGRESS transactions are bounded too (Klikoo:Transactions:PendingCapacity): a new buy that would stay pending
/// while the emulator already holds that many is refused with a rejected-buy line and charged nothing; it can be
/// sent again once room frees. Re-checks and buys that finish at once are always served.
/// </summary>
[TestFixture(StateStore.Memory)]
[TestFixture(StateStore.Redis)]
public sealed class PendingCapacityTests(StateStore stateStore)
{
    private const long Start = 50_000_000;
    private const long Price = 10_100;
    private const string Pending = "081234569990";
    private const string NeverResolves = "081234569992";

    [Test]
    public async Task Buy_ManyParallelPendingBuys_ExactlyTheCapPendingTheRestRefusedAndNothingCharged()
    {
        const int cap = 50;
        const int buys = 400;
        using var fixtures = TemporaryFixtures.ShippedPlus(TestClient.Fixture(Start));
        await using var factory = EmulatorFactory.On(fixtures, stateStore, settings: ("Klikoo:Transactions:PendingCapacity", $"{cap}"));
        using var client = factory.CreateClient();
        var store = factory.Get<ITransactionStore>();

        var replies = await Task.WhenAll(Enumerable.Range(0, buys).Select(i => client.GetStringAsync(BuyUrl($"p{i}", Pending))));

        var lines = replies.Select(RLine.Parse).ToList();
        lines.OfType<InProgressLine>().Should().HaveCount(cap);
        lines.Where(l => l is not InProgressLine).Should().HaveCount(buys - cap).And.AllSatisfy(l =>
            l.Should().BeOfType<RejectedLine>().Which.Reason.Should().Be(OrderService.TooManyPending));
        store.All().Should().HaveCount(cap);

        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        await Eventually.TrueAsync(async () => (await store.CountsAsync()).Pending == 0, "the pending buys to finish when due (on Redis, by the due poller)");
        var next = SuccessLine.Parse(await client.GetStringAsync(BuyUrl("after", "081234567890")));

        next.Balance.Before.Should().Be(Start - (cap * Price), "the pending ones succeeded and were charged; the refused ones never");
    }

    [Test]
    public async Task Buy_RacingMixedBuysAndReSends_RoomsCountedExactlyAndEveryChargeRight()
    {
        const int cap = 40;
        const int refIds = 300;
        using var fixtures = TemporaryFixtures.ShippedPlus(TestClient.Fixture(Start));
        await using var factory = EmulatorFactory.On(fixtures, stateStore, settings: ("Klikoo:Transactions:PendingCapacity", $"{cap}"));
        using var client = factory.CreateClient();
        string To(int i) => (i % 3) switch { 0 => Pending, 1 => NeverResolves, _ => "081234567890" };

        // Each ref_id three times at once: a third wait 30 s, a third never resolve, a third succeed at once.
        var replies = await Task.WhenAll(Enumerable.Range(0, refIds * 3).Select(i => client.GetStringAsync(BuyUrl($"m{i % refIds}", To(i % refIds)))));

        var store = factory.Get<ITransactionStore>();
        var lines = replies.Select(RLine.Parse).ToList();
        lines.OfType<RejectedLine>().Should().AllSatisfy(l => l.Reason.Should().Be(OrderService.TooManyPending));
        lines.OfType<SuccessLine>().Select(l => l.RefId).Distinct().Should().HaveCount(refIds / 3, "a buy that finishes at once needs no room");
        store.All().Count(t => t.Status == TransactionStatus.InProgress).Should().Be(cap);
        (await store.CountsAsync()).Pending.Should().Be(cap);

        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        await Eventually.TrueAsync(
            () => store.All().All(t => t.Status != TransactionStatus.InProgress || t.Destination != Pending), "the due buys to finish (on Redis, by the due poller)");
        var waitedAndSucceeded = store.All().Count(t => t.Status == TransactionStatus.Success && t.Destination == Pending);
        (await store.CountsAsync()).Pending.Should().Be(store.All().Count(t => t.Status == TransactionStatus.InProgress), "a final transaction gives its room back");
        SuccessLine.Parse(await client.GetStringAsync(BuyUrl("last", "081234567890"))).Balance.Before
            .Should().Be(Start - ((refIds / 3) + waitedAndSucceeded) * Price);

        (await client.AdminPostAsync("/__admin/reset")).EnsureSuccessStatusCode();
        (await store.CountsAsync()).Pending.Should().Be(0);
    }

    [Test]
    public async Task Buy_PendingFull_ReChecksAndBuysThatFinishAtOnceAreStillServed()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus(TestClient.Fixture(Start));
        await using var factory = EmulatorFactory.On(fixtures, stateStore, settings: ("Klikoo:Transactions:PendingCapacity", "2"));
        using var client = factory.CreateClient();
        var first = await client.GetStringAsync(BuyUrl("p0", NeverResolves));
        await client.GetStringAsync(BuyUrl("p1", NeverResolves));

        var refused = RLine.Parse(await client.GetStringAsync(BuyUrl("p2", NeverResolves)));
        var recheck = await client.GetStringAsync(BuyUrl("p0", NeverResolves));
        var immediate = RLine.Parse(await client.GetStringAsync(BuyUrl("s0", "081234567890")));

        refused.Should().BeOfType<RejectedLine>().Which.Format().Should().StartWith($"R#p2 OVO10 FAILED. REASON: {OrderService.TooManyPending}. TRXID: -. @");
        recheck.Should().Be(first);
        immediate.Should().BeOfType<SuccessLine>();
    }

    [TestCase("resolve")]
    [TestCase("delete")]
    [TestCase("reset")]
    [TestCase("advance")]
    public async Task Buy_RefusedForRoom_AcceptedOnceRoomFrees(string how)
    {
        using var fixtures = TemporaryFixtures.ShippedPlus(TestClient.Fixture(Start));
        await using var factory = EmulatorFactory.On(fixtures, stateStore, settings: ("Klikoo:Transactions:PendingCapacity", "1"));
        using var client = factory.CreateClient();
        await client.GetStringAsync(BuyUrl("p0", Pending));
        RLine.Parse(await client.GetStringAsync(BuyUrl("p1", Pending))).Should().BeOfType<RejectedLine>();

        using var freed = how switch
        {
            "resolve" => await client.PostAsJsonAsync($"/__admin/transactions/p0/resolve?clientId={TestClient.Id}", new { result = "failed", reason = "x" }),
            "delete" => await client.AdminDeleteAsync($"/__admin/transactions/p0?clientId={TestClient.Id}"),
            "reset" => await client.AdminPostAsync("/__admin/reset"),
            _ => await client.PostAsJsonAsync("/__admin/clock/advance", new { seconds = 30 }),
        };

        freed.IsSuccessStatusCode.Should().BeTrue();
        RLine.Parse(await client.GetStringAsync(BuyUrl("p1", Pending))).Should().BeOfType<InProgressLine>();
        RLine.Parse(await client.GetStringAsync(BuyUrl("p2", Pending))).Should().BeOfType<RejectedLine>("p1 holds the one room now");
    }

    [Test]
    public async Task Buy_RefusedForRoom_LeavesTheOverrideForTheNextBuy()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus(TestClient.Fixture(Start));
        await using var factory = EmulatorFactory.On(fixtures, stateStore, settings: ("Klikoo:Transactions:PendingCapacity", "1"));
        using var client = factory.CreateClient();
        await client.GetStringAsync(BuyUrl("p0", NeverResolves));
        (await client.PostAsJsonAsync("/__admin/overrides", new { refId = "o1", result = "success", pendingFor = 10 })).EnsureSuccessStatusCode();

        RLine.Parse(await client.GetStringAsync(BuyUrl("o1", "081234567890"))).Should().BeOfType<RejectedLine>();

        (await client.GetFromJsonAsync<JsonArray>("/__admin/overrides")).Should().ContainSingle();
    }

    [Test]
    public async Task Buy_TenThousandNeverResolving_KeepsTheDefaultCapAndRefusesTheRest()
    {
        const int buys = 10_400;
        using var fixtures = TemporaryFixtures.ShippedPlus(TestClient.Fixture(Start));
        await using var factory = EmulatorFactory.On(fixtures, stateStore);
        using var client = factory.CreateClient();

        var refused = 0;
        foreach (var batch in Enumerable.Range(0, buys).Chunk(400))
        {
            var replies = await Task.WhenAll(batch.Select(i => client.GetStringAsync(BuyUrl($"n{i}", NeverResolves))));
            refused += replies.Count(r => r.Contains(OrderService.TooManyPending, StringComparison.Ordinal));
        }

        (await factory.Get<ITransactionStore>().CountsAsync()).Count.Should().Be(10_000);
        refused.Should().Be(buys - 10_000);
        var health = await client.GetFromJsonAsync<JsonObject>("/__admin/health");
        health!["pendingTransactions"]!.GetValue<int>().Should().Be(10_000);
    }

    private static string BuyUrl(string refId, string to) => $"/v1/irs/buy?{TestClient.Buy("OVO10", to, refId)}";
}
