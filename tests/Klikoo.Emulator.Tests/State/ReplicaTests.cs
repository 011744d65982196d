using System.Globalization;
using System.Net.Http.Json;
using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Admin;
using Klikoo.Emulator.Tests.Clock;

namespace Klikoo.Emulator.Tests.State;

/// <summary>
/// Two real emulator processes on one redis-server (Klikoo:State:Redis) behave as one emulator to a partner: one
/// transaction and one charge per ref_id whichever replica answers, one balance, one clock, and nothing lost when
/// both replicas and Redis restart. The shipped fixtures' sample account, under a frozen clock, so that every reply
/// for one transaction is the same line byte for byte.
/// </summary>
[Category("Replicas")]
[NonParallelizable]
public sealed class ReplicaTests
{
    private const string Frozen = "2024-11-29T10:59:32.076824+07:00";
    private const int Parallel = 1000;

    // fixtures/clients.yaml: the sample account's deposit; fixtures/products.yaml: OVO10's price.
    private const long Deposit = 100_000_000;
    private const long Price = 10_100;

    private static readonly DateTimeOffset FrozenAt = DateTimeOffset.Parse(Frozen, CultureInfo.InvariantCulture);

    private readonly List<EmulatorProcess> _replicas = [];
    private readonly List<HttpClient> _clients = [];
    private RedisServer? _redis;

    [SetUp]
    public async Task StartRedisAsync()
    {
        RedisServer.RequireOrIgnore();
        _redis = await RedisServer.StartAsync(appendOnly: true);
    }

    [TearDown]
    public async Task StopAsync()
    {
        await StopReplicasAsync();
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }
    }

    [Test]
    public async Task Buy_ThousandConcurrentWithOneRefIdOverTwoReplicas_OneTransactionOneChargeIdenticalReplies()
    {
        var (a, b) = await StartTwoReplicasAsync();
        var buy = BuyPath("same");

        var replies = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(i => (i % 2 == 0 ? a : b).GetStringAsync(buy)));

        replies.Distinct().Should().ContainSingle("one transaction, whichever replica answered");
        SuccessLine.Parse(replies[0]).Balance.Should().Be(BalanceChange.Charge(Deposit, Price));
        SuccessLine.Parse(await b.GetStringAsync(BuyPath("next"))).Balance.Before.Should().Be(Deposit - Price, "one charge only");
        (await TransactionCountAsync(a)).Should().Be(2);
        (await TransactionCountAsync(b)).Should().Be(2);
    }

    [Test]
    public async Task Buy_ThousandConcurrentDistinctRefIdsOverTwoReplicas_ExactBalanceAndBothAgreeOnEveryRecheck()
    {
        var (a, b) = await StartTwoReplicasAsync();

        var replies = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(i => (i % 2 == 0 ? a : b).GetStringAsync(BuyPath($"d{i}"))));

        var lines = replies.Select(SuccessLine.Parse).ToList();
        lines.Should().AllSatisfy(l => l.Balance.IsConsistent.Should().BeTrue());
        lines.Select(l => l.Balance.Before).Should().OnlyHaveUniqueItems("each charge starts where another ended, on either replica");
        lines.Select(l => l.TransactionId).Should().OnlyHaveUniqueItems();
        lines.Min(l => l.Balance.After).Should().Be(Deposit - (Parallel * Price));
        SuccessLine.Parse(await a.GetStringAsync(BuyPath("after"))).Balance.Before.Should().Be(Deposit - (Parallel * Price));
        var rechecksOnA = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(i => a.GetStringAsync(BuyPath($"d{i}"))));
        var rechecksOnB = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(i => b.GetStringAsync(BuyPath($"d{i}"))));
        rechecksOnA.Should().Equal(replies, "a re-check is the transaction's line, whichever replica took the buy");
        rechecksOnB.Should().Equal(replies);
    }

    [Test]
    public async Task Recheck_BothReplicasAndRedisRestarted_SameTransactionsAndBalance()
    {
        var (a, b) = await StartTwoReplicasAsync();
        var earlier = await b.GetStringAsync(BuyPath("earlier"));
        var kept = await a.GetStringAsync(BuyPath("kept"));
        SuccessLine.Parse(kept).Balance.Before.Should().Be(Deposit - Price, "the buy on the other replica was charged first");

        await StopReplicasAsync();
        await _redis!.RestartAsync();
        var c = await StartReplicaAsync("replica-c");

        (await c.GetStringAsync(BuyPath("kept"))).Should().Be(kept, "the same TRXID, SN and balance after the restart");
        (await c.GetStringAsync(BuyPath("earlier"))).Should().Be(earlier);
        (await TransactionCountAsync(c)).Should().Be(2);
        var next = SuccessLine.Parse(await c.GetStringAsync(BuyPath("after-restart")));
        next.Balance.Before.Should().Be(Deposit - (2 * Price), "the balance survived too");
        new[] { SuccessLine.Parse(earlier).TransactionId, SuccessLine.Parse(kept).TransactionId }.Should().NotContain(next.TransactionId, "a TRXID is never handed out twice");
    }

    [Test]
    public async Task AdvanceClock_OnOneReplica_TheOtherRepliesAtTheNewTime()
    {
        var (a, b) = await StartTwoReplicasAsync();
        SuccessLine.Parse(await b.GetStringAsync(BuyPath("before"))).Timestamp.Should().Be(FrozenAt);

        using (var advanced = await a.PostAsJsonAsync("/__admin/clock/advance", new { seconds = 90 }))
        {
            advanced.EnsureSuccessStatusCode();
        }

        // The move is published to every replica (docs/shared-state.md): it arrives within milliseconds, not with the reply.
        await Eventually.TrueAsync(async () => await ClockAdminTests.ClockAsync(b) == FrozenAt.AddSeconds(90), "replica B takes the move made through A");
        SuccessLine.Parse(await b.GetStringAsync(BuyPath("after"))).Timestamp.Should().Be(FrozenAt.AddSeconds(90));
    }

    // The sample account buying OVO10 for a destination the shipped scenarios let succeed at once.
    private static string BuyPath(string refId) => $"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234567890", refId)}";

    private static async Task<int> TransactionCountAsync(HttpClient replica)
    {
        using var response = await replica.GetAsync("/__admin/transactions?limit=1");
        response.EnsureSuccessStatusCode();
        return int.Parse(response.Headers.GetValues(AdminPage.TotalCountHeader).Single(), CultureInfo.InvariantCulture);
    }

    private async Task<(HttpClient A, HttpClient B)> StartTwoReplicasAsync()
    {
        var started = await Task.WhenAll(StartReplicaAsync("replica-a"), StartReplicaAsync("replica-b"));
        return (started[0], started[1]);
    }

    private async Task<HttpClient> StartReplicaAsync(string name)
    {
        var replica = await EmulatorProcess.StartAsync(
            [$"--Klikoo:State:Redis={_redis!.ConnectionString}", $"--Klikoo:State:Replica={name}", $"--Klikoo:Clock:Fixed={Frozen}"]);
        // A bounded pool per replica: every request is started at once, at most this many are on the wire together.
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = replica.BaseAddress };
        lock (_replicas)
        {
            _replicas.Add(replica);
            _clients.Add(client);
        }

        return client;
    }

    private async Task StopReplicasAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        foreach (var replica in _replicas)
        {
            await replica.DisposeAsync();
        }

        _clients.Clear();
        _replicas.Clear();
    }
}
