using System.Net.Http.Json;
using FluentAssertions.Execution;
using Klikoo.Contracts.Lines;

namespace Klikoo.Emulator.Tests.State;

/// <summary>
/// Admin calls on shared state (docs/shared-state.md): overrides set through one replica and used through another,
/// once; a reset through one replica clears its siblings' state, and emulators under another prefix on the same
/// Redis see none of it. Real emulator processes on a real redis-server, under a frozen clock.
/// </summary>
public sealed class ReplicaAdminTests : ReplicaSuite
{
    private const int Parallel = 200;
    private const string OverrideReason = "Override dari admin";

    [Test]
    public async Task Buy_DifferentPrefixesOnOneRedis_ShareNoTransactionNorBalance()
    {
        var team = await Replicas.StartAsync("team-a", "--Klikoo:State:Prefix=team-a:");
        var other = await Replicas.StartAsync("team-b", "--Klikoo:State:Prefix=team-b:");

        var onTeam = SuccessLine.Parse(await team.GetStringAsync(ReplicaSet.Buy("same")));
        var onOther = SuccessLine.Parse(await other.GetStringAsync(ReplicaSet.Buy("same")));
        var nextOnTeam = SuccessLine.Parse(await team.GetStringAsync(ReplicaSet.Buy("next")));

        using (new AssertionScope())
        {
            onTeam.Balance.Before.Should().Be(ReplicaSet.Deposit);
            onOther.Balance.Before.Should().Be(ReplicaSet.Deposit, "the other prefix has its own balance");
            nextOnTeam.Balance.Before.Should().Be(ReplicaSet.Deposit - ReplicaSet.Price, "only this prefix's buy was charged here");
            (await team.TransactionCountAsync()).Should().Be(2);
            (await other.TransactionCountAsync()).Should().Be(1);
        }
    }

    [Test]
    public async Task Reset_ThroughOneReplica_ClearsItsSiblingButNotAnotherPrefix()
    {
        var (a, b) = await Replicas.StartTwoAsync();
        var other = await Replicas.StartAsync("other-team", "--Klikoo:State:Prefix=klikoo-other:");
        SuccessLine.Parse(await a.GetStringAsync(ReplicaSet.Buy("before-reset")));
        var kept = await other.GetStringAsync(ReplicaSet.Buy("before-reset"));
        await AddOverrideAsync(a, new { to = "081234567890", result = "failed", reason = OverrideReason });
        await AddOverrideAsync(other, new { to = "081234567890", result = "failed", reason = OverrideReason });

        using (var reset = await b.Http.PostAsync("/__admin/reset", JsonContent.Create(new { })))
        {
            reset.EnsureSuccessStatusCode();
        }

        using (new AssertionScope())
        {
            (await a.TransactionCountAsync()).Should().Be(0, "the reset through B cleared the state A shares");
            (await OverridesAsync(a)).Should().Be(0);
            var again = SuccessLine.Parse(await a.GetStringAsync(ReplicaSet.Buy("before-reset")));
            again.Balance.Before.Should().Be(ReplicaSet.Deposit, "a new transaction on a balance back at the deposit");
            (await other.TransactionCountAsync()).Should().Be(1, "another prefix keeps its state");
            (await OverridesAsync(other)).Should().Be(1);
            (await other.GetStringAsync(ReplicaSet.Buy("before-reset"))).Should().Be(kept);
        }
    }

    [Test]
    public async Task Override_AddedThroughOneReplica_UsedByExactlyOneBuyThroughTheOther()
    {
        var (a, b) = await Replicas.StartTwoAsync();
        await AddOverrideAsync(a, new { to = "081234567890", result = "failed", reason = OverrideReason });

        var first = await b.GetStringAsync(ReplicaSet.Buy("first"));
        var second = await b.GetStringAsync(ReplicaSet.Buy("second"));

        using (new AssertionScope())
        {
            FailedLine.Parse(first).Reason.Should().Be(OverrideReason);
            SuccessLine.Parse(second).Balance.Before.Should().Be(ReplicaSet.Deposit, "the failed buy charged nothing");
            (await OverridesAsync(a)).Should().Be(0, "the override was used up");
        }
    }

    [Test]
    public async Task Override_ConcurrentBuysForDistinctRefIdsOverTwoReplicas_ExactlyOneTakesIt()
    {
        var (a, b) = await Replicas.StartTwoAsync();
        await AddOverrideAsync(b, new { to = "081234567890", result = "failed", reason = OverrideReason });

        var replies = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(i => (i % 2 == 0 ? a : b).GetStringAsync(ReplicaSet.Buy($"o{i}"))));

        var failed = replies.Where(r => FailedLine.TryParse(r, out _)).ToList();
        using (new AssertionScope())
        {
            failed.Should().ContainSingle().Which.Should().Contain(OverrideReason);
            replies.Count(r => SuccessLine.TryParse(r, out _)).Should().Be(Parallel - 1);
            SuccessLine.Parse(await a.GetStringAsync(ReplicaSet.Buy("after"))).Balance.Before
                .Should().Be(ReplicaSet.Deposit - ((Parallel - 1) * ReplicaSet.Price));
            (await OverridesAsync(a)).Should().Be(0);
        }
    }

    [Test]
    public async Task Override_ConcurrentBuysOfItsRefIdOverTwoReplicas_TheOneTransactionHasItsOutcome()
    {
        var (a, b) = await Replicas.StartTwoAsync();
        await AddOverrideAsync(a, new { refId = "contested", result = "failed", reason = OverrideReason });

        var replies = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(i => (i % 2 == 0 ? a : b).GetStringAsync(ReplicaSet.Buy("contested"))));

        using (new AssertionScope())
        {
            replies.Distinct().Should().ContainSingle("one transaction, whichever replica answered");
            FailedLine.TryParse(replies[0], out var line).Should().BeTrue(replies[0]);
            line?.Reason.Should().Be(OverrideReason, "the override was waiting for this ref_id's buy");
            (await OverridesAsync(b)).Should().Be(0);
        }
    }

    private static async Task AddOverrideAsync(ReplicaSet.Replica replica, object request)
    {
        using var added = await replica.Http.PostAsJsonAsync("/__admin/overrides", request);
        added.EnsureSuccessStatusCode();
    }

    private static async Task<int> OverridesAsync(ReplicaSet.Replica replica) =>
        (await replica.Http.GetFromJsonAsync<System.Text.Json.JsonElement>("/__admin/overrides")).GetArrayLength();
}
