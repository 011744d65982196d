using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Tests.Admin;
using Klikoo.Emulator.Orders;
using static Klikoo.Emulator.Tests.Transactions.StoreContractFixtures;

namespace Klikoo.Emulator.Tests.Transactions;

/// <summary>
/// Readable examples of the rules the store contract generates cases for (<see cref="StoreContractTests"/>), where
/// the other transaction suites do not show them already: settling against a short balance, which pending
/// transaction a clock move settles first, forgetting after a delete, pending rooms and a short balance, and which
/// override a buy takes. Only HTTP and the fake clock, on both stores.
/// </summary>
[TestFixture(StateStore.Memory)]
[TestFixture(StateStore.Redis)]
public sealed class StoreContractExampleTests(StateStore stateStore)
{
    private static readonly DateTimeOffset T0 = new(2024, 11, 12, 12, 0, 0, TimeSpan.FromHours(7));

    [Test]
    public async Task Resolve_SuccessWhenTheBalanceIsShort_FailsForTheBalanceAndChargesNothing()
    {
        using var fixtures = Create();
        await using var factory = EmulatorFactory.On(fixtures, stateStore, T0);
        using var client = factory.CreateClient();
        await client.GetStringAsync(BuyPath("OVO50", PendingForever, "waits"));
        await client.GetStringAsync(BuyPath("OVO20", Success, "spends"));

        using var resolved = await client.PostAsJsonAsync($"/__admin/transactions/waits/resolve?clientId={ClientId}", new { result = "success" });

        resolved.StatusCode.Should().Be(HttpStatusCode.OK);
        FailedLine.Parse(await client.GetStringAsync(BuyPath("OVO50", PendingForever, "waits")))
            .Should().BeEquivalentTo(new { Reason = OrderService.InsufficientBalance, Balance = BalanceChange.Unchanged(StartBalance - 20_100) });
    }

    [Test]
    public async Task Resolve_Failed_TakesTheGivenReasonAndChargesNothing()
    {
        using var fixtures = Create();
        await using var factory = EmulatorFactory.On(fixtures, stateStore, T0);
        using var client = factory.CreateClient();
        await client.GetStringAsync(BuyPath("OVO10", PendingThirtyThenSuccess, "cancelled"));

        (await client.PostAsJsonAsync($"/__admin/transactions/cancelled/resolve?clientId={ClientId}", new { result = "failed", reason = "Dibatalkan" })).EnsureSuccessStatusCode();
        await client.PostAsJsonAsync("/__admin/clock/advance", new { seconds = 30 });

        FailedLine.Parse(await client.GetStringAsync(BuyPath("OVO10", PendingThirtyThenSuccess, "cancelled")))
            .Should().BeEquivalentTo(new { Reason = "Dibatalkan", Balance = BalanceChange.Unchanged(StartBalance) });
    }

    // docs/limits.md: a buy that would wait needs a room; one the balance cannot cover fails at once, so it takes none.
    [Test]
    public async Task Buy_WouldWaitButTheBalanceIsShort_FailsAtOnceAndTakesNoRoom()
    {
        using var fixtures = Create();
        await using var factory = EmulatorFactory.On(fixtures, stateStore, T0, ("Klikoo:Transactions:PendingCapacity", "1"));
        using var client = factory.CreateClient();
        await client.GetStringAsync(BuyPath("OVO20", Success, "spends"));

        var tooDear = FailedLine.Parse(await client.GetStringAsync(BuyPath("OVO50", PendingForever, "too-dear")));
        var waits = RLine.Parse(await client.GetStringAsync(BuyPath("OVO10", PendingForever, "waits")));

        tooDear.Should().BeEquivalentTo(new { Reason = OrderService.InsufficientBalance, Balance = BalanceChange.Unchanged(StartBalance - 20_100) });
        waits.Should().BeOfType<InProgressLine>("the room was left free");
        (await client.GetFromJsonAsync<JsonObject>("/__admin/health"))!["pendingTransactions"]!.GetValue<int>().Should().Be(1);
    }

    [Test]
    public async Task Override_TwoMatchTheBuy_TheOldestIsUsedAndTheOtherWaits()
    {
        using var fixtures = Create();
        await using var factory = EmulatorFactory.On(fixtures, stateStore, T0);
        using var client = factory.CreateClient();
        (await client.PostAsJsonAsync("/__admin/overrides", new { to = Success, result = "failed", reason = "oldest" })).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/__admin/overrides", new { refId = "o1", result = "failed", reason = "newer" })).EnsureSuccessStatusCode();

        var first = FailedLine.Parse(await client.GetStringAsync(BuyPath("OVO10", Success, "o1")));
        var reused = RejectedLine.Parse(await client.GetStringAsync(BuyPath("OVO10", Failed, "o1")));

        first.Reason.Should().Be("oldest");
        reused.Reason.Should().Be(OrderService.ReferenceNoUsed, "a refused buy takes no override either");
        (await client.GetFromJsonAsync<JsonArray>("/__admin/overrides"))!.Select(o => o!["buy"]!["reason"]!.GetValue<string>()).Should().Equal("newer");
    }

    [Test]
    public async Task Override_ForRefIdAndDestination_OnlyABuyMatchingBothTakesIt()
    {
        using var fixtures = Create();
        await using var factory = EmulatorFactory.On(fixtures, stateStore, T0);
        using var client = factory.CreateClient();
        (await client.PostAsJsonAsync("/__admin/overrides", new { refId = "both", to = Success, result = "failed", reason = "forced" })).EnsureSuccessStatusCode();

        var otherDestination = RLine.Parse(await client.GetStringAsync(BuyPath("OVO10", PendingForever, "both")));
        var otherRefId = RLine.Parse(await client.GetStringAsync(BuyPath("OVO10", Success, "neither")));

        otherDestination.Should().BeOfType<InProgressLine>();
        otherRefId.Should().BeOfType<SuccessLine>();
        (await client.GetFromJsonAsync<JsonArray>("/__admin/overrides")).Should().ContainSingle();
    }

    // docs/klikoo-interface.md#decisions: a purchase the balance cannot cover fails. Two come due in one clock move
    // with the balance for one: the one due first is charged, as if the time had passed by itself; due at the same
    // instant, the one bought first, on every store (and whatever the ref_ids' order).
    [TestCase(30, 10, 30, "due-later", "due-first", false, TestName = "AdvanceClock_TwoComeDueWithTheBalanceForOne_TheOneDueFirstIsCharged")]
    [TestCase(10, 10, 10, "z-bought-first", "a-bought-second", true, TestName = "AdvanceClock_TwoDueAtOnceWithTheBalanceForOne_TheOneBoughtFirstIsCharged")]
    public async Task AdvanceClock_TwoComeDueWithTheBalanceForOne_OneIsCharged(
        int firstPending, int secondPending, int advance, string first, string second, bool firstCharged)
    {
        using var fixtures = Create();
        await using var factory = EmulatorFactory.On(fixtures, stateStore, T0);
        using var client = factory.CreateClient();
        string Pending(int seconds) => seconds == 30 ? PendingThirtyThenSuccess : PendingTenThenSuccess;
        await client.GetStringAsync(BuyPath("OVO50", Pending(firstPending), first));
        await client.GetStringAsync(BuyPath("OVO50", Pending(secondPending), second));

        (await client.PostAsJsonAsync("/__admin/clock/advance", new { seconds = advance })).EnsureSuccessStatusCode();

        var (charged, refused) = firstCharged ? ((first, firstPending), (second, secondPending)) : ((second, secondPending), (first, firstPending));
        RLine.Parse(await client.GetStringAsync(BuyPath("OVO50", Pending(charged.Item2), charged.Item1))).Should().BeOfType<SuccessLine>();
        FailedLine.Parse(await client.GetStringAsync(BuyPath("OVO50", Pending(refused.Item2), refused.Item1))).Reason.Should().Be(OrderService.InsufficientBalance);
    }

    [Test]
    public async Task Delete_FinalTransaction_TheNewestCapacityAreStillKeptWhole()
    {
        using var fixtures = Create();
        await using var factory = EmulatorFactory.On(fixtures, stateStore, T0, ("Klikoo:Transactions:Capacity", "2"));
        using var client = factory.CreateClient();
        var first = await client.GetStringAsync(BuyPath("OVO10", Failed, "r1"));
        await client.GetStringAsync(BuyPath("OVO10", Failed, "r2"));
        (await client.AdminDeleteAsync($"/__admin/transactions/r2?clientId={ClientId}")).EnsureSuccessStatusCode();

        await client.GetStringAsync(BuyPath("OVO10", Failed, "r3"));

        (await client.GetStringAsync(BuyPath("OVO10", Failed, "r1"))).Should().Be(first, "r1 and r3 are the two newest final transactions");
        (await client.GetFromJsonAsync<JsonObject>("/__admin/health"))!["forgottenTransactions"]!.GetValue<long>().Should().Be(0);
    }

    [Test]
    public async Task Reset_OverrideIdsStartAgain_AsTransactionIdsDo()
    {
        using var fixtures = Create();
        await using var factory = EmulatorFactory.On(fixtures, stateStore, T0);
        using var client = factory.CreateClient();
        (await client.PostAsJsonAsync("/__admin/overrides", new { to = Success, result = "success" })).EnsureSuccessStatusCode();
        (await client.AdminPostAsync("/__admin/reset")).EnsureSuccessStatusCode();

        using var added = await client.PostAsJsonAsync("/__admin/overrides", new { to = Success, result = "success" });

        (await added.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>().Should().Be("o1");
    }

    // Due at the same instant as time passes, with the balance for two of four: the two bought first are charged,
    // whichever timer (in memory) or poll (Redis) finds them.
    [Test]
    public async Task TimePasses_FourDueAtOnceWithTheBalanceForTwo_TheTwoBoughtFirstAreCharged()
    {
        using var fixtures = Create();
        await using var factory = EmulatorFactory.On(fixtures, stateStore, T0);
        using var client = factory.CreateClient();
        string[] refIds = ["d", "c", "b", "a"];

        // Deleted, their timers leave gaps that the next ones fill: timers fire in no order of buying then.
        string[] deleted = ["e1", "e2", "e3"];
        foreach (var refId in deleted)
        {
            await client.GetStringAsync(BuyPath("OVO10", PendingTenThenSuccess, refId));
        }

        foreach (var refId in deleted)
        {
            (await client.AdminDeleteAsync($"/__admin/transactions/{refId}?clientId={ClientId}")).EnsureSuccessStatusCode();
        }

        foreach (var refId in refIds)
        {
            await client.GetStringAsync(BuyPath("OVO20", PendingTenThenSuccess, refId));
        }

        factory.Clock.Advance(TimeSpan.FromSeconds(10));

        await Eventually.TrueAsync(
            async () => (await client.GetFromJsonAsync<JsonObject>("/__admin/health"))!["pendingTransactions"]!.GetValue<int>() == 0, "the four to resolve when due");
        var statuses = new List<string>();
        foreach (var refId in refIds)
        {
            statuses.Add((await TransactionAsync(client, refId))["status"]!.GetValue<string>());
        }

        statuses.Should().Equal("success", "success", "failed", "failed");
    }

    // A timer waits on the clock's source: an admin move ahead must not leave a pending transaction waiting past its time.
    [Test]
    public async Task AdvanceClock_PartWayThenTimePasses_ResolvesWhenDue()
    {
        using var fixtures = Create();
        await using var factory = EmulatorFactory.On(fixtures, stateStore, T0);
        using var client = factory.CreateClient();
        await client.GetStringAsync(BuyPath("OVO10", PendingThirtyThenSuccess, "p1"));
        (await client.PostAsJsonAsync("/__admin/clock/advance", new { seconds = 10 })).EnsureSuccessStatusCode();

        factory.Clock.Advance(TimeSpan.FromSeconds(20));

        await Eventually.TrueAsync(async () => (await TransactionAsync(client, "p1"))["status"]!.GetValue<string>() == "success", "p1 to succeed when due", TimeSpan.FromSeconds(3));
        (await TransactionAsync(client, "p1"))["finalAt"]!.GetValue<DateTimeOffset>().Should().Be(T0.AddSeconds(30));
    }

    private static async Task<JsonObject> TransactionAsync(HttpClient client, string refId) =>
        (await client.GetFromJsonAsync<JsonObject>($"/__admin/transactions/{refId}?clientId={ClientId}"))!;
}
