using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Callbacks;
using Klikoo.Emulator.Clock;
using Klikoo.Emulator.Customers;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Hosting;
using Klikoo.Emulator.Scenarios;
using Klikoo.Emulator.Transactions;

namespace Klikoo.Emulator.Orders;

/// <summary>
/// The order core both interfaces call (docs/klikoo-interface.md#transaction-reports, B): inquire, buy, find and
/// resolve, on validated orders (<see cref="OrderValidator"/>), knowing nothing of either interface's wire format.
/// The first buy of a ref_id creates the transaction from the matching scenario; every later one, the same request
/// re-sent, returns its current state and never charges again.
/// </summary>
/// <remarks>
/// One word for a transaction's end: it is pending (INPROGRESS) until it resolves to SUCCESS or FAILED, by its
/// timer (<c>pendingFor</c>), on a re-check or clock move after it is due, or through the admin API. The store
/// resolves (charging the ledger as it does); this class sends the report of what it resolved, and sets the timers.
/// </remarks>
internal sealed class OrderService(
    ITransactionStore transactions,
    CustomerDirectory customers,
    CallbackQueue callbacks,
    EmulatorClock clock,
    ILogger<OrderService> logger)
{
    /// <summary>The longest a timer can wait (uint.MaxValue - 1 milliseconds); a longer wait is taken in steps.</summary>
    public static readonly TimeSpan MaxTimerWait = TimeSpan.FromMilliseconds(uint.MaxValue - 1.0);

    public const string ReferenceNoUsed = "ReferenceNo sudah digunakan, silahkan gunakan reference_no yang lain";

    /// <summary>
    /// The reason a new buy is refused while <see cref="TransactionOptions.PendingCapacity"/> transactions are
    /// INPROGRESS: "too many transactions in process, please try again later". Klikoo documents no wording for this.
    /// </summary>
    public const string TooManyPending = "Terlalu banyak transaksi dalam proses, silahkan coba lagi nanti";

    public const string InsufficientBalance = "Saldo tidak mencukupi";

    /// <summary>
    /// A buy of an order already validated against <paramref name="catalog"/>, from either interface (the Open API's
    /// too, docs/open-api.md#on-the-emulator): same store, ledger, scenarios, overrides, clock and pending cap.
    /// <see cref="NewBuy.Created"/> is true only for the one call whose creation ran; any other call for the reference
    /// finds it used, resolved first if it is due (a read after the due time never shows it pending).
    /// </summary>
    public async ValueTask<NewBuy> BuyAsync(Order valid, FixtureCatalog catalog)
    {
        var now = clock.GetUtcNow();
        var stored = await transactions.BuyAsync(valid, catalog, now);
        if (stored.Transaction is not { } transaction)
        {
            return new(null, false, stored.Refusal);
        }

        if (!stored.Created)
        {
            await TryResolveAsync(transaction, now);
            return new(transaction, false, RejectionCause.RefIdUsed);
        }

        if (stored.FinalLine is { } finalLine)
        {
            await ReportAsync(transaction, finalLine);
        }
        else if (transaction.ResolveAt is { } due && !transactions.ResolvesDueItself)
        {
            // A shared store's due-time index is polled by every replica instead (see DuePoller).
            Schedule(transaction, due - now);
        }

        return new(transaction, true, RejectionCause.None);
    }

    /// <summary>
    /// An inquiry: the customer the order's destination names, and the failure a scenario or the customer sets (null
    /// when it succeeds). It touches no state.
    /// </summary>
    public InquiryResult Inquire(Order order, FixtureCatalog catalog)
    {
        var customer = customers.Find(catalog, order.Product.Family, order.Destination);
        return new(customer, catalog.Scenarios.MatchInquiryFailure(order) ?? customer.InquiryFailure);
    }

    /// <summary>The client's transaction with Klikoo's id <paramref name="transactionId"/>, resolved first if it is due; null when there is none.</summary>
    public async ValueTask<Transaction?> FindAsync(string clientId, string transactionId)
    {
        if (await transactions.FindAsync(clientId, transactionId) is not { } transaction)
        {
            return null;
        }

        await ResolveIfDueAsync(transaction);
        return transaction;
    }

    /// <summary>The client's transaction of <paramref name="refId"/>, resolved first if it is due; null when there is none.</summary>
    public async ValueTask<Transaction?> GetAsync(string clientId, string refId)
    {
        if (await transactions.GetAsync(new TransactionKey(clientId, refId)) is not { } transaction)
        {
            return null;
        }

        await ResolveIfDueAsync(transaction);
        return transaction;
    }

    /// <summary>
    /// One page of the client's transactions, newest first, matching <paramref name="filter"/> (null: all), each resolved
    /// first if it is due; through the client's index, so a page reads its own transactions, not every one held.
    /// </summary>
    public async ValueTask<TransactionPage> HistoryAsync(string clientId, Func<Transaction, bool>? filter, long skip, int take)
    {
        var page = await transactions.PageAsync(clientId, filter, newestFirst: true, skip, take);
        foreach (var transaction in page.Items)
        {
            await ResolveIfDueAsync(transaction);
        }

        return page;
    }

    /// <summary>Resolves the transaction if it is due now, as a re-check does: a read after the due time never shows it pending.</summary>
    public async ValueTask ResolveIfDueAsync(Transaction transaction) => await TryResolveAsync(transaction, clock.GetUtcNow());

    /// <summary>Resolves a pending transaction now, as an admin or test asks (docs/klikoo-interface.md#decisions: resolve pending now).</summary>
    public ValueTask<TransactionLine?> ResolveAsync(Transaction transaction, BuyResult result, string? reason) =>
        TryResolveAsync(transaction, clock.GetUtcNow(), result, reason);

    /// <summary>
    /// Resolves every transaction that is due now: after the clock was moved (see <see cref="ResolveOnClockMove"/>),
    /// or on a shared store's poll (see <see cref="DuePoller"/>).
    /// </summary>
    public async ValueTask ResolveDueAsync()
    {
        var now = clock.GetUtcNow();
        await ResolveDueAtAsync(now);
        if (transactions.ResolvesDueItself)
        {
            return;
        }

        // A timer waits on the clock's source, which a move does not touch: set each one still waiting again for the
        // time now left, or a move ahead would leave it pending past its due time until a re-check.
        foreach (var transaction in transactions.All())
        {
            if (transaction.Status == TransactionStatus.InProgress && transaction.ResolveAt is { } due && due > now)
            {
                Schedule(transaction, due - now);
            }
        }
    }

    // A timer for when the transaction is due. One that fires early (the clock was set back, or the wait was longer
    // than a timer can take) sets itself again for the rest. Apart, so that a transaction final at once allocates no
    // timer, callback or closure: only one that waits does.
    private void Schedule(Transaction transaction, TimeSpan wait) =>
        transaction.Schedule(clock.CreateTimer(
            static state => ((Action)state!)(), (Action)(() => _ = OnTimerAsync(transaction)), wait < MaxTimerWait ? wait : MaxTimerWait, Timeout.InfiniteTimeSpan));

    // On a timer thread, where an exception would end the process. Timers due at one instant fire in no set order:
    // the first to fire resolves everything due in the store's order (DueAsync), as a clock move and the due poller
    // do, so who is charged when the balance covers only some never depends on which timer ran first.
    private Task OnTimerAsync(Transaction transaction) =>
        BackgroundWork.RunAsync(logger, $"resolving the transaction of ref_id {transaction.Key.RefId}", async () =>
        {
            var now = clock.GetUtcNow();
            if (transaction.ResolveAt is { } due && due > now)
            {
                Schedule(transaction, due - now);
                return;
            }

            if (transaction.Status == TransactionStatus.InProgress)
            {
                await ResolveDueAtAsync(now);
            }

            await TryResolveAsync(transaction, now);
        });

    private async ValueTask ResolveDueAtAsync(DateTimeOffset now)
    {
        foreach (var transaction in await transactions.DueAsync(now))
        {
            await TryResolveAsync(transaction, now);
        }
    }

    // Resolves the transaction if it is due (or now, forced), charging the ledger on SUCCESS; then queues its report.
    // Null when it was not resolved by this call.
    private async ValueTask<TransactionLine?> TryResolveAsync(Transaction transaction, DateTimeOffset now, BuyResult? force = null, string? forcedReason = null)
    {
        var finalLine = await transactions.TryResolveAsync(transaction, now, force, forcedReason, InsufficientBalance);
        if (finalLine is not null)
        {
            await ReportAsync(transaction, finalLine);
        }

        return finalLine;
    }

    // The transaction is final and charged whatever happens next: a report that cannot be queued (a callback
    // template that builds no URL with this line in it, the outbox failing) is logged, and never undoes or hides it.
    private async ValueTask ReportAsync(Transaction transaction, TransactionLine finalLine)
    {
        try
        {
            await callbacks.EnqueueAsync(transaction, finalLine);
        }
#pragma warning disable CA1031 // Whatever the partner's template does, the buy's reply and the transaction stand.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            TransactionLog.CallbackNotQueued(logger, ex, transaction.Key.RefId);
        }
    }
}
