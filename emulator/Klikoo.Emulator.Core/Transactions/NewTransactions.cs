using Klikoo.Emulator.Customers;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Hosting;
using Klikoo.Emulator.Orders;
using Klikoo.Emulator.Products;
using Klikoo.Emulator.Scenarios;
using Microsoft.Extensions.Options;

namespace Klikoo.Emulator.Transactions;

/// <summary>
/// How a new buy ends, decided once when its transaction is made (<see cref="OrderService"/> resolves it later): an
/// admin override or the matching scenario, whether it waits (and so needs a pending room), a balance that cannot
/// cover it, its serial number. Reads nothing itself: each store hands in the override and balance it sees, and then
/// makes the draft a transaction atomically with taking that override and room (or decides again).
/// </summary>
internal sealed class NewTransactions(CustomerDirectory customers, IOptions<KlikooOptions> options)
{
    /// <summary>The buy's draft, given the oldest override it matches (if any) and its client's balance now.</summary>
    public TransactionDraft Decide(Order valid, FixtureCatalog catalog, OutcomeOverride? forced, long balanceNow)
    {
        var (outcome, rule) = forced is not null ? (forced.Buy, $"override {forced.Id}") : MatchScenario(valid, catalog);
        var waits = outcome.Result == BuyResult.Pending || outcome.PendingFor > TimeSpan.Zero;

        // A balance that cannot cover the price fails the buy at once (docs/klikoo-interface.md#decisions), whatever
        // the scenario said: decided here, as part of what is stored, so every request that finds the transaction
        // (in any replica) resolves it the same way. A pinned balance counts as set.
        var balance = outcome.BalanceBefore ?? balanceNow;
        var holdsRoom = waits;
        if (outcome.Result != BuyResult.Failed && balance < valid.Price)
        {
            outcome = outcome with { Result = BuyResult.Failed, PendingFor = null, Reason = OrderService.InsufficientBalance };
            holdsRoom = false;
        }

        var serialNumber = outcome.SerialNumber ?? SerialNumbers.For(
            valid.Product, customers.Find(catalog, valid.Product.Family, valid.Destination), valid.RefId, options.Value.Seed);
        if (outcome.SerialNumber is null && valid.SerialNote is { } note)
        {
            serialNumber = $"{serialNumber}/{note}";
        }

        return new TransactionDraft(valid, outcome, rule, forced?.Id, waits, holdsRoom, serialNumber);
    }

    private static (BuyOutcome Outcome, string? Rule) MatchScenario(Order valid, FixtureCatalog catalog)
    {
        var (outcome, rule) = catalog.Scenarios.MatchBuy(valid);
        return (outcome, rule?.Name);
    }
}
