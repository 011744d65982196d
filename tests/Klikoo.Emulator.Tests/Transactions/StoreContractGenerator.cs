using static Klikoo.Emulator.Tests.Transactions.StoreContractFixtures;

namespace Klikoo.Emulator.Tests.Transactions;

/// <summary>
/// Seeded sequences of <see cref="StoreContractOp"/>: the same seed gives the same steps on every machine. Steps lean
/// on the rules the two stores write twice: waiting buys against a few pending rooms, final ones against a small
/// capacity, a small balance with top-ups, re-sends of ref_ids old and new, overrides, resolves, deletes and clock moves.
/// </summary>
internal static class StoreContractGenerator
{
    private static readonly int[] AdvanceSeconds = [5, 10, 20, 29, 30, 31, 60];

    public static List<StoreContractOp> Sequence(int seed, int length)
    {
        var random = new Random(seed);
        var bought = new List<(string RefId, string Product, string To)>();
        var steps = new List<StoreContractOp>(length);
        var next = 0;
        string NewRefId() => $"s{seed}-{next++}";
        string AnyRefId() => bought.Count == 0 || random.Next(8) == 0 ? $"s{seed}-{next + random.Next(2)}" : bought[random.Next(bought.Count)].RefId;
        T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

        while (steps.Count < length)
        {
            var roll = random.Next(100);
            StoreContractOp step;
            if (roll < 34 || bought.Count == 0)
            {
                var to = random.Next(10) == 0 ? Pick(TopUps.Keys.ToList()) : Pick(Outcomes);
                step = new(StoreContractOpKind.Buy, NewRefId(), Pick(StoreContractFixtures.Products), to);
                bought.Add((step.RefId!, step.Product!, step.To!));
            }
            else if (roll < 50)
            {
                var (refId, product, to) = Pick(bought);
                step = new(StoreContractOpKind.Buy, refId, product, to);
            }
            else if (roll < 54)
            {
                var (refId, product, _) = Pick(bought);
                step = new(StoreContractOpKind.Buy, refId, product, Pick(Outcomes));
            }
            else if (roll < 65)
            {
                var target = random.Next(3);
                var result = Pick(["success", "failed", "pending"]);
                step = new(
                    StoreContractOpKind.Override,
                    target == 1 ? null : AnyRefId(),
                    To: target == 0 ? null : Pick(Outcomes),
                    Result: result,
                    Seconds: result != "pending" && random.Next(2) == 0 ? Pick([10, 30]) : 0);
            }
            else if (roll < 67)
            {
                step = new(StoreContractOpKind.DeleteOldestOverride);
            }
            else if (roll < 76)
            {
                step = new(StoreContractOpKind.Resolve, AnyRefId(), Result: random.Next(2) == 0 ? "success" : "failed");
            }
            else if (roll < 81)
            {
                step = new(StoreContractOpKind.Delete, AnyRefId());
            }
            else if (roll < 91)
            {
                step = new(StoreContractOpKind.AdvanceClock, Seconds: Pick(AdvanceSeconds));
            }
            else
            {
                step = new(StoreContractOpKind.TickToNextDue);
            }

            steps.Add(step);
        }

        return steps;
    }
}
