using System.Diagnostics;
using System.Globalization;
using System.Text;
using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Orders;

namespace Klikoo.Emulator.Tests.Transactions;

/// <summary>
/// The transaction rules are written twice, in C# for the in-memory store and in Lua for Redis (docs/shared-state.md).
/// This holds one against the other: seeded sequences of buys, re-sends, overrides, resolves, deletes and clock moves
/// run on an in-memory and a Redis emulator with the same settings, and every reply, balance, admin count and
/// transaction must be the same on both after every step; each store must also keep the rules on its own
/// (<see cref="StoreContractInvariants"/>). Only HTTP and the fake clock are used, never the stores' own types.
/// </summary>
/// <remarks>A failure names the seed and the first step where the stores part, with every step before it.</remarks>
[TestFixture(StateStore.Redis)]
public sealed class StoreContractTests(StateStore compared)
{
    private static readonly DateTimeOffset Start = new(2024, 11, 12, 12, 0, 0, TimeSpan.FromHours(7));

    // Capacity above the pending cap: what one clock move resolves is never forgotten in the same step, so every
    // charge shows in the list the invariants read.
    [TestCase(1, 150, 3, 4, 2, TestName = "{m}(tiny capacity, few remembered ref_ids, 2 rooms)")]
    [TestCase(100_001, 150, 5, 1000, 3, TestName = "{m}(capacity 5, every ref_id remembered, 3 rooms)")]
    public async Task Sequences_MemoryAndRedis_SameRepliesStateAndRules(int firstSeed, int sequences, int capacity, int remembered, int pendingCapacity)
    {
        (string, string)[] settings =
        [
            ("Klikoo:Transactions:Capacity", $"{capacity}"),
            ("Klikoo:Transactions:RememberedRefIds", $"{remembered}"),
            ("Klikoo:Transactions:PendingCapacity", $"{pendingCapacity}"),
        ];
        using var fixtures = StoreContractFixtures.Create();
        await using var memory = new StoreContractEmulator(fixtures, StateStore.Memory, Start, settings);
        await using var other = new StoreContractEmulator(fixtures, compared, Start, settings);
        var watch = Stopwatch.StartNew();
        var steps = 0;
        var seen = new SortedDictionary<string, int>(StringComparer.Ordinal);

        for (var seed = firstSeed; seed < firstSeed + sequences; seed++)
        {
            var sequence = StoreContractGenerator.Sequence(seed, new Random(seed).Next(20, 61));
            await Task.WhenAll(memory.ResetAsync(), other.ResetAsync());
            var rules = (Memory: new StoreContractInvariants(capacity, pendingCapacity), Other: new StoreContractInvariants(capacity, pendingCapacity));
            for (var i = 0; i < sequence.Count; i++)
            {
                var op = sequence[i];
                var replies = await Task.WhenAll(memory.RunAsync(op), other.RunAsync(op));
                var states = await Task.WhenAll(memory.ObserveAsync(), other.ObserveAsync());
                var kind = Kind(replies[0]);
                seen[kind] = seen.GetValueOrDefault(kind) + 1;
                var (a, b) = (replies[0] + "\n" + states[0].Describe(), replies[1] + "\n" + states[1].Describe());
                if (a != b)
                {
                    Assert.Fail(Report(seed, sequence, i, "the stores differ", FirstDifference(a, b)));
                }

                var broken = rules.Memory.Check(op, replies[0], states[0]) is { } m ? $"in memory: {m}"
                    : rules.Other.Check(op, replies[1], states[1]) is { } o ? $"on {compared}: {o}"
                    : null;
                if (broken is not null)
                {
                    Assert.Fail(Report(seed, sequence, i, "a rule is broken", broken + "\nreply: " + replies[0]));
                }
            }

            steps += sequence.Count;
        }

        // What the sequences met, so a generator that stopped reaching a rule shows here.
        TestContext.Out.WriteLine($"{sequences} sequences, {steps} steps on both stores in {watch.Elapsed.TotalSeconds:0.0} s");
        TestContext.Out.WriteLine(string.Join(", ", seen.Select(k => $"{k.Key}: {k.Value}")));
        seen.Keys.Should().Contain(
            [OrderService.TooManyPending, OrderService.ReferenceNoUsed, OrderService.InsufficientBalance, "INPROGRESS", "SUCCESS", "override used", "409 Already final"],
            "the sequences must reach every rule they are there to hold");
    }

    private static string Kind(string reply) =>
        RLine.TryParse(reply, out var line) ? line switch
        {
            RejectedLine rejected => rejected.Reason,
            FailedLine { Reason: OrderService.InsufficientBalance } => OrderService.InsufficientBalance,
            FailedLine { Reason: "Dipaksa admin" } => "override used",
            FailedLine => "FAILED",
            SuccessLine => "SUCCESS",
            InProgressLine => "INPROGRESS",
            _ => line.GetType().Name,
        }
        : reply.StartsWith("409", StringComparison.Ordinal) ? "409 Already final"
        : reply.Split(' ', 2)[0];

    private string FirstDifference(string memory, string other)
    {
        var (a, b) = (memory.Split('\n'), other.Split('\n'));
        var at = Enumerable.Range(0, Math.Max(a.Length, b.Length)).First(i => i >= a.Length || i >= b.Length || a[i] != b[i]);
        return $"memory:   {(at < a.Length ? a[at] : "(nothing)")}\n{compared,-9} {(at < b.Length ? b[at] : "(nothing)")}";
    }

    private static string Report(int seed, List<StoreContractOp> sequence, int failedAt, string what, string detail)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"Seed {seed}, step {failedAt + 1} of {sequence.Count}: {what}.\n{detail}\nSteps:\n");
        for (var i = 0; i <= failedAt; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {i + 1,2}. {sequence[i]}\n");
        }

        return text.ToString();
    }
}
