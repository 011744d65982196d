using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Orders;

namespace Klikoo.Emulator.Tests.Transactions;

/// <summary>
/// The rules one store must keep on its own, checked after every step of a sequence (docs/klikoo-interface.md#decisions,
/// docs/limits.md): <c>before - deduction = after</c> on every final transaction, a SUCCESS charged its price once and
/// only when the balance covered it, the balance moved by exactly the charges made (or set by a top-up), a final state
/// never changing, the pending rooms held being the INPROGRESS transactions and never more than the cap.
/// </summary>
internal sealed class StoreContractInvariants(int capacity, int pendingCapacity)
{
    private readonly HashSet<string> _charged = [];
    private StoreContractState? _previous;

    /// <summary>What the store broke in the step that led to <paramref name="state"/>; null when nothing.</summary>
    public string? Check(StoreContractOp op, string reply, StoreContractState state)
    {
        var previous = _previous ?? new StoreContractState(0, 0, 0, StoreContractFixtures.StartBalance, [], "");
        _previous = state;
        var before = previous.Held.ToDictionary(t => t.TransactionId);
        var charges = 0L;
        foreach (var t in state.Held)
        {
            if (t.IsFinal && (t.Before is not { } b || t.Deduction is not { } d || t.After is not { } a || b - d != a))
            {
                return $"{t.RefId}: before - deduction = after does not hold: {t}";
            }

            if (t.Status == "success" && (t.Deduction != t.Price || t.Before < t.Price))
            {
                return $"{t.RefId}: a SUCCESS must charge its price, once the balance covers it: {t}";
            }

            if (t.Status == "failed" && (t.Deduction != 0 || (t.Reason == OrderService.InsufficientBalance && t.Before >= t.Price)))
            {
                return $"{t.RefId}: a FAILED charges nothing, and fails for the balance only when it is short: {t}";
            }

            if (before.TryGetValue(t.TransactionId, out var was) && was.IsFinal && was.Json != t.Json)
            {
                return $"{t.RefId}: a final transaction changed from {was} to {t}";
            }

            if (t.Status == "success" && was?.Status != "success")
            {
                if (!_charged.Add(t.TransactionId))
                {
                    return $"{t.RefId}: TRXID {t.TransactionId} charged a second time";
                }

                charges += t.Price;
            }
        }

        var toppedUp = op.To is { } to && StoreContractFixtures.TopUps.TryGetValue(to, out var pinned)
            && RLine.TryParse(reply, out var line) && line is FailedLine { Reason: StoreContractFixtures.TopUpReason } failed
            && !before.ContainsKey(failed.TransactionId)
            ? pinned
            : (long?)null;
        var expected = (toppedUp ?? previous.Balance) - charges;
        var waiting = state.Held.Count(t => !t.IsFinal);
        return state.Balance != expected ? $"the balance is {state.Balance}, not {toppedUp?.ToString() ?? previous.Balance.ToString()} less the {charges} charged in this step"
            : state.Pending != waiting ? $"{state.Pending} pending rooms are held by {waiting} INPROGRESS transactions"
            : state.Pending > pendingCapacity ? $"{state.Pending} pending rooms held, more than the cap of {pendingCapacity}"
            : state.Transactions != state.Held.Count ? $"health counts {state.Transactions} transactions, the list shows {state.Held.Count}"
            : state.Held.Count - waiting > capacity ? $"{state.Held.Count - waiting} final transactions held whole, more than the capacity of {capacity}"
            : null;
    }
}
