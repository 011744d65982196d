using System.Globalization;
using FluentAssertions.Execution;
using Klikoo.Contracts.Lines;

namespace Klikoo.Emulator.Tests.State;

/// <summary>
/// Pending rooms (docs/limits.md) on Redis when Redis fails in the middle of a burst of buys that wait: it stops
/// answering for longer than a request waits (DEBUG SLEEP), is killed and restarted from its append-only file, or
/// runs out of memory. Whatever step of a buy the fault hits, the rooms held afterwards are exactly the INPROGRESS
/// transactions, and once they resolve the books are exact: one charge per SUCCESS, every room given back.
/// </summary>
public sealed class ReplicaRoomTests() : ReplicaSuite(appendOnly: true)
{
    private const int Burst = 60;

    // The fault comes after that many replies of the burst, so it meets the other buys at different steps.
    [TestCase(1)]
    [TestCase(17)]
    [TestCase(40)]
    public async Task PendingBuys_RedisSleepsLongerThanARequestWaits_RoomsAreTheInProgressTransactions(int after)
    {
        var (a, b) = await Replicas.StartTwoAsync();

        await BurstAsync(a, b, "sleep", after, () => Replicas.Redis.CommandAsync("DEBUG", "SLEEP", "3.5"));

        await AssertRoomsAndBooksAsync(a, b);
    }

    [TestCase(3)]
    [TestCase(30)]
    public async Task PendingBuys_RedisKilledAndRestartedFromItsAppendOnlyFile_RoomsAreTheInProgressTransactions(int after)
    {
        var (a, b) = await Replicas.StartTwoAsync();

        await BurstAsync(a, b, "kill", after, () => Replicas.Redis.RestartAsync());

        await Eventually.TrueAsync(async () => (await a.HealthAsync()).GetProperty("state").GetProperty("reachable").GetBoolean(), "replica A reaches Redis again");
        await Eventually.TrueAsync(async () => (await b.HealthAsync()).GetProperty("state").GetProperty("reachable").GetBoolean(), "replica B reaches Redis again");
        await AssertRoomsAndBooksAsync(a, b);
    }

    [Test]
    public async Task PendingBuys_RedisOutOfMemory_RoomsAreTheInProgressTransactions()
    {
        var (a, b) = await Replicas.StartTwoAsync();
        SuccessLine.Parse(await a.GetStringAsync(ReplicaSet.Buy("warm-up")));
        var info = await Replicas.Redis.CommandAsync("INFO", "memory") ?? "";
        var used = long.Parse(info.Split('\n').First(l => l.StartsWith("used_memory:", StringComparison.Ordinal))["used_memory:".Length..].Trim(), CultureInfo.InvariantCulture);

        // Room for a few of the burst's transactions, not all: the rest meet "OOM command not allowed" at some step.
        await Replicas.Redis.CommandAsync("CONFIG", "SET", "maxmemory", (used + 40_000).ToString(CultureInfo.InvariantCulture));
        var replies = await BurstAsync(a, b, "oom", Burst + 1, () => Task.CompletedTask);
        await Replicas.Redis.CommandAsync("CONFIG", "SET", "maxmemory", "0");

        replies.Should().Contain(r => r.Contains("Harap hubungi admin", StringComparison.Ordinal), "the test must reach the memory limit");
        await AssertRoomsAndBooksAsync(a, b, alreadyCharged: 1);
    }

    // A burst of buys that wait, half on each replica; the fault runs once <paramref name="after"/> replies are in.
    private static async Task<string[]> BurstAsync(ReplicaSet.Replica a, ReplicaSet.Replica b, string prefix, int after, Func<Task> fault)
    {
        var answered = 0;
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var buys = Enumerable.Range(0, Burst).Select(async i =>
        {
            var reply = await (i % 2 == 0 ? a : b).GetAnyAsync(ReplicaSet.PendingBuy($"{prefix}-{i}"));
            if (Interlocked.Increment(ref answered) == after)
            {
                reached.TrySetResult();
            }

            return reply;
        }).ToList();
        if (after <= Burst)
        {
            await reached.Task;
            await fault();
        }

        return await Task.WhenAll(buys);
    }

    private static async Task AssertRoomsAndBooksAsync(ReplicaSet.Replica a, ReplicaSet.Replica b, int alreadyCharged = 0)
    {
        // A buy whose reply timed out may still be made once Redis answers again: the two counts are read until no
        // such late script lands between them (at most a few seconds), then must agree.
        int rooms = -1, inProgress = -2;
        var settled = Eventually.TrueAsync(
            async () =>
            {
                rooms = (await a.HealthAsync()).GetProperty("pendingTransactions").GetInt32();
                inProgress = await a.TransactionCountAsync("inProgress");
                return rooms == inProgress && (await a.HealthAsync()).GetProperty("pendingTransactions").GetInt32() == rooms;
            },
            "the rooms read settle",
            TimeSpan.FromSeconds(10));
        await settled.ContinueWith(_ => { }, TaskScheduler.Default);   // never settling is the failure below
        rooms.Should().Be(inProgress, "a pending room is held by an INPROGRESS transaction and nothing else");

        await b.AdvanceClockAsync(60);
        await Eventually.TrueAsync(async () => await a.TransactionCountAsync("inProgress") == 0, "every pending buy resolves after its 30 s");
        var succeeded = await a.TransactionCountAsync("success");
        var next = SuccessLine.Parse(await b.GetStringAsync(ReplicaSet.Buy("after-fault")));
        using (new AssertionScope())
        {
            (await b.HealthAsync()).GetProperty("pendingTransactions").GetInt32().Should().Be(0, "every room is given back");
            next.Balance.Before.Should().Be(ReplicaSet.Deposit - (succeeded * ReplicaSet.Price), "one charge per SUCCESS, none lost, none twice");
            succeeded.Should().BeGreaterThanOrEqualTo(inProgress + alreadyCharged);
        }
    }
}
