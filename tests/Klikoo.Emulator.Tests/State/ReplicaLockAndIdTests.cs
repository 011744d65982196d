using FluentAssertions.Execution;
using Klikoo.Contracts.Lines;

namespace Klikoo.Emulator.Tests.State;

/// <summary>
/// A hundred buys of one ref_id racing over two replicas, with a creation lock left behind by an older version that
/// died (a new buy takes no lock, so it must not wait for one), and a Redis that lost everything (FLUSHALL) while the
/// replicas run: the buys all get the one transaction, and no TRXID handed out before the loss is handed out again.
/// </summary>
public sealed class ReplicaLockAndIdTests : ReplicaSuite
{
    private const int Buys = 100;

    // A lock key as an older version's dead replica leaves it: ignored, whatever its lease.
    [TestCase(300)]
    [TestCase(10_000)]
    public async Task Buy_HundredRacingOverTwoReplicas_EveryOneGetsTheOneTransaction(int leaseLeftMs)
    {
        var (a, b) = await Replicas.StartTwoAsync();
        const string RefId = "dead-holder";
        await Replicas.Redis.CommandAsync("SET", ReplicaSet.SampleKey("creating", RefId), "dead-replica:1", "PX", leaseLeftMs.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var replies = await Task.WhenAll(Enumerable.Range(0, Buys).Select(i => (i % 2 == 0 ? a : b).GetAnyAsync(ReplicaSet.Buy(RefId))));

        var next = SuccessLine.Parse(await b.GetStringAsync(ReplicaSet.Buy("next")));
        using (new AssertionScope())
        {
            replies.Distinct().Should().ContainSingle("every waiter gets the one transaction, whichever replica made it");
            replies[0].Should().StartWith("200 R#dead-holder OVO10. 081234567890 SUCCESS.");
            next.Balance.Before.Should().Be(ReplicaSet.Deposit - ReplicaSet.Price, "one charge");
            (await a.TransactionCountAsync()).Should().Be(2);
        }
    }

    [Test]
    public async Task Buy_RedisFlushedWhileReplicasRun_NoTrxIdHandedOutTwice()
    {
        var (a, b) = await Replicas.StartTwoAsync();
        var before = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => (i % 2 == 0 ? a : b).GetStringAsync(ReplicaSet.Buy($"before-{i}"))));

        await Replicas.Redis.CommandAsync("FLUSHALL");
        var after = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => (i % 2 == 0 ? b : a).GetStringAsync(ReplicaSet.Buy($"after-{i}"))));

        var ids = before.Concat(after).Select(SuccessLine.Parse).Select(l => l.TransactionId).ToList();
        ids.Should().OnlyHaveUniqueItems("a TRXID is in a partner's books for good, even when the emulator's state is lost");
    }
}
