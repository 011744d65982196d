using Klikoo.Emulator.Clock;
using Klikoo.Emulator.Customers;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Hosting;
using Klikoo.Emulator.Irs;
using Klikoo.Emulator.Products;
using Klikoo.Emulator.Scenarios;
using Microsoft.Extensions.Options;

namespace Klikoo.Emulator.Transactions;

/// <summary>
/// How a new buy ends, decided once when its transaction is made (<see cref="BuyHandler"/> resolves it later): an
/// admin override or the matching scenario, a pending room if it will wait, a balance that cannot cover it, its
/// serial number and TRXID. Called by the store's creation, at most once per ref_id at a time.
/// </summary>
internal sealed class NewTransactions(
    ITransactionStore transactions,
    IClientLedger ledger,
    TransactionIds ids,
    CustomerDirectory customers,
    IOutcomeOverrides overrides,
    EmulatorClock clock,
    IOptions<KlikooOptions> options)
{
    /// <summary>The transaction a new buy makes; null when it would wait and no pending room is free.</summary>
    public Transaction? Create(TransactionKey key, ValidatedRequest valid, FixtureCatalog catalog)
    {
        var now = clock.GetUtcNow();
        if (Decide(valid, catalog) is not { } decision)
        {
            return null;
        }

        var (outcome, rule, holdsRoom) = decision;

        // A balance that cannot cover the price fails the buy at once (docs/klikoo-interface.md#decisions), whatever
        // the scenario said: decided here, as part of what is stored, so every request that finds the transaction
        // (in any replica) resolves it the same way. A pinned balance counts as set.
        var balance = outcome.BalanceBefore ?? ledger.BalanceOf(valid.Account);
        if (outcome.Result != BuyResult.Failed && balance < valid.Product.PriceFor(valid.Amount))
        {
            outcome = outcome with { Result = BuyResult.Failed, PendingFor = null, Reason = BuyHandler.InsufficientBalance };
            if (holdsRoom)
            {
                transactions.ReleasePending();
                holdsRoom = false;
            }
        }

        Transaction transaction;
        try
        {
            if (outcome.BalanceBefore is { } pinned)
            {
                ledger.Set(valid.Account, pinned);
            }

            var serialNumber = outcome.SerialNumber ?? SerialNumbers.For(
                valid.Product, customers.Find(catalog, valid.Product.Family, valid.Destination), valid.RefId, options.Value.Seed);
            transaction = new Transaction(key, valid.Account, valid, outcome.TransactionId ?? ids.Next(), serialNumber, outcome, rule, now, transactions.NextSequence());
        }
        catch when (holdsRoom)
        {
            transactions.ReleasePending();
            throw;
        }

        if (holdsRoom)
        {
            transaction.HoldPendingRoom();
        }

        return transaction;
    }

    // How a new buy ends: an admin override for its ref_id or destination wins over every scenario rule, once. A buy
    // that will wait needs one of the store's pending rooms; without one it is refused (null), and an override it
    // matched stays for a later buy.
    private Decision? Decide(ValidatedRequest valid, FixtureCatalog catalog)
    {
        while (true)
        {
            var forced = overrides.Find(valid);
            var (outcome, rule) = forced is not null ? (forced.Buy, $"override {forced.Id}") : MatchScenario(valid, catalog);
            var waits = outcome.Result == BuyResult.Pending || outcome.PendingFor > TimeSpan.Zero;
            if (waits && !transactions.TryHoldPending())
            {
                return null;
            }

            if (forced is null || overrides.TryTake(forced))
            {
                return new Decision(outcome, rule, waits);
            }

            // Another buy took that override first: decide again.
            if (waits)
            {
                transactions.ReleasePending();
            }
        }
    }

    private static (BuyOutcome Outcome, string? Rule) MatchScenario(ValidatedRequest valid, FixtureCatalog catalog)
    {
        var (outcome, rule) = catalog.Scenarios.MatchBuy(valid);
        return (outcome, rule?.Name);
    }

    private readonly record struct Decision(BuyOutcome Outcome, string? Rule, bool HoldsRoom);
}
