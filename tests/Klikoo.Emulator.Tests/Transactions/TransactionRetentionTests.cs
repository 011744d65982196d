using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Orders;
using Klikoo.Emulator.Tests.Admin;
using Klikoo.Emulator.Transactions;

namespace Klikoo.Emulator.Tests.Transactions;

/// <summary>
/// Memory stays bounded under any number of buys, and bounding it never costs a double charge: beyond
/// Klikoo:Transactions:Capacity the oldest final transactions are forgotten, and their ref_ids sent again are refused.
/// </summary>
[TestFixture(StateStore.Memory)]
[TestFixture(StateStore.Redis)]
public sealed class TransactionRetentionTests(StateStore stateStore)
{
    private const long Start = 50_000_000;
    private const long Price = 10_100;

    [Test]
    public async Task Buy_MoreFinalTransactionsThanTheCapacity_KeepsOnlyTheNewestWhole()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus(TestClient.Fixture(Start));
        await using var factory = EmulatorFactory.On(fixtures, stateStore, settings: ("Klikoo:Transactions:Capacity", "3"));
        using var client = factory.CreateClient();

        for (var i = 0; i < 10; i++)
        {
            SuccessLine.Parse(await client.GetStringAsync(BuyUrl($"r{i}")));
        }

        var store = factory.Get<ITransactionStore>();
        store.All().Select(t => t.Key.RefId).Should().Equal("r7", "r8", "r9");
        (await store.CountsAsync()).Forgotten.Should().Be(7);
        var health = await client.GetFromJsonAsync<JsonObject>("/__admin/health");
        health!["transactions"]!.GetValue<int>().Should().Be(3);
        health["forgottenTransactions"]!.GetValue<long>().Should().Be(7);
    }

    [Test]
    public async Task Buy_ForgottenRefIdSentAgain_IsRefusedAndNeverChargedAgain()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus(TestClient.Fixture(Start));
        await using var factory = EmulatorFactory.On(fixtures, stateStore, settings: ("Klikoo:Transactions:Capacity", "2"));
        using var client = factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await client.GetStringAsync(BuyUrl($"r{i}"));
        }

        var again = RLine.Parse(await client.GetStringAsync(BuyUrl("r0")));

        again.Should().BeOfType<RejectedLine>().Which.Reason.Should().Be(OrderService.ReferenceNoUsed);
        SuccessLine.Parse(await client.GetStringAsync(BuyUrl("next"))).Balance.Before
            .Should().Be(Start - (5 * Price), "five buys, five charges; the re-sent one charged nothing");
    }

    [Test]
    public async Task Buy_KeptRefIdSentAgain_ReturnsItsSameLine()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus(TestClient.Fixture(Start));
        await using var factory = EmulatorFactory.On(fixtures, stateStore, settings: ("Klikoo:Transactions:Capacity", "2"));
        using var client = factory.CreateClient();
        await client.GetStringAsync(BuyUrl("r0"));
        var first = await client.GetStringAsync(BuyUrl("r1"));

        (await client.GetStringAsync(BuyUrl("r1"))).Should().Be(first);
    }

    [Test]
    public async Task Buy_PendingTransactions_AreNeverForgottenAndJoinTheQueueWhenFinal()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus(TestClient.Fixture(Start));
        await using var factory = EmulatorFactory.On(fixtures, stateStore, settings: ("Klikoo:Transactions:Capacity", "1"));
        using var client = factory.CreateClient();
        await client.GetStringAsync(BuyUrl("p0", to: "081234569990"));
        await client.GetStringAsync(BuyUrl("p1", to: "081234569990"));
        for (var i = 0; i < 3; i++)
        {
            await client.GetStringAsync(BuyUrl($"r{i}"));
        }

        var store = factory.Get<ITransactionStore>();
        store.All().Select(t => t.Key.RefId).Should().Equal("p0", "p1", "r2");

        factory.Clock.Advance(TimeSpan.FromSeconds(30));

        await Eventually.TrueAsync(() => store.All().Select(t => t.Key.RefId).SequenceEqual(["p1"]), "p0 and p1 final, only the newest kept");
        SuccessLine.Parse(await client.GetStringAsync(BuyUrl("p1", to: "081234569990"))).Balance.Before
            .Should().Be(Start - (4 * Price), "p1 stays whole and re-checks give its own line");
    }

    [Test]
    public async Task Buy_ThousandsOfRacingBuysAndReSends_ChargeEachRefIdExactlyOnce()
    {
        const int refIds = 2000;
        using var fixtures = TemporaryFixtures.ShippedPlus(TestClient.Fixture(Start));
        await using var factory = EmulatorFactory.On(fixtures, stateStore, settings: ("Klikoo:Transactions:Capacity", "16"));
        using var client = factory.CreateClient();

        // Each ref_id is sent three times, all at once, while older transactions are being forgotten. On Redis a buy
        // waits for Redis on its request thread, and more than about a thousand in flight in one process starve the
        // thread pool (RedisState.MinWorkerThreads): there the three sends of 333 ref_ids at a time race.
        var replies = stateStore == StateStore.Memory
            ? await Task.WhenAll(Enumerable.Range(0, refIds * 3).Select(i => client.GetStringAsync(BuyUrl($"x{i % refIds}"))))
            : await InRacingWindowsAsync(client, Enumerable.Range(0, refIds * 3).Select(i => BuyUrl($"x{i / 3}")));

        var lines = replies.Select(RLine.Parse).ToList();
        lines.OfType<SuccessLine>().Select(l => l.RefId).Distinct().Should().HaveCount(refIds, "every ref_id got its transaction");
        lines.Where(l => l is not SuccessLine).Should().AllSatisfy(l =>
            l.Should().BeOfType<RejectedLine>().Which.Reason.Should().Be(OrderService.ReferenceNoUsed));
        lines.OfType<SuccessLine>().GroupBy(l => l.RefId).Should().AllSatisfy(g =>
            g.Select(l => l.Balance).Distinct().Should().ContainSingle("a re-check repeats the one charge"));
        SuccessLine.Parse(await client.GetStringAsync(BuyUrl("next"))).Balance.Before.Should().Be(Start - (refIds * Price));
    }

    [Test]
    public async Task Reset_ForgetsTheFingerprintsToo_SoARefIdCanBeUsedAgain()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus(TestClient.Fixture(Start));
        await using var factory = EmulatorFactory.On(fixtures, stateStore, settings: ("Klikoo:Transactions:Capacity", "1"));
        using var client = factory.CreateClient();
        await client.GetStringAsync(BuyUrl("r0"));
        await client.GetStringAsync(BuyUrl("r1"));

        (await client.AdminPostAsync("/__admin/reset")).EnsureSuccessStatusCode();

        RLine.Parse(await client.GetStringAsync(BuyUrl("r0"))).Should().BeOfType<SuccessLine>();
        (await factory.Get<ITransactionStore>().CountsAsync()).Forgotten.Should().Be(0);
    }

    private static async Task<string[]> InRacingWindowsAsync(HttpClient client, IEnumerable<string> urls)
    {
        var replies = new List<string>();
        foreach (var window in urls.Chunk(999))
        {
            replies.AddRange(await Task.WhenAll(window.Select(client.GetStringAsync)));
        }

        return [.. replies];
    }

    private static string BuyUrl(string refId, string to = "081234567890") => $"/v1/irs/buy?{TestClient.Buy("OVO10", to, refId)}";
}
