using Klikoo.Emulator.Orders;
using Klikoo.Emulator.Scenarios;

namespace Klikoo.Emulator.Transactions;

/// <summary>
/// How a new buy ends, decided before its transaction is made (<see cref="NewTransactions.Decide"/>): what the store
/// still has to do with it, atomically with making it, is take <see cref="OverrideId"/>, a pending room when
/// <see cref="HoldsRoom"/>, set a pinned balance, and number it. A buy its scenario makes wait is refused while every
/// room is taken (<see cref="NeedsRoom"/>), even when its balance then fails it at once and it holds none.
/// </summary>
/// <param name="Order">The validated buy.</param>
/// <param name="Outcome">Its outcome after the balance check: a balance that cannot cover the price fails it at once.</param>
/// <param name="Rule">The override or scenario rule that decided it; null for the default (SUCCESS).</param>
/// <param name="OverrideId">The admin override it takes, if one decided it.</param>
/// <param name="NeedsRoom">Whether its override or scenario makes it wait: it is refused while every pending room is taken.</param>
/// <param name="HoldsRoom">Whether it will wait, and so holds one of the store's pending rooms until it resolves.</param>
/// <param name="SerialNumber">Its serial number (pinned, or generated from the customer and seed).</param>
internal sealed record TransactionDraft(Order Order, BuyOutcome Outcome, string? Rule, string? OverrideId, bool NeedsRoom, bool HoldsRoom, string SerialNumber)
{
    /// <summary>The transaction, once the store has its TRXID and creation number.</summary>
    public Transaction Make(TransactionKey key, string transactionId, DateTimeOffset now, long sequence)
    {
        var transaction = new Transaction(key, Order.Account, Order, transactionId, SerialNumber, Outcome, Rule, now, sequence);
        if (HoldsRoom)
        {
            transaction.HoldPendingRoom();
        }

        return transaction;
    }
}
