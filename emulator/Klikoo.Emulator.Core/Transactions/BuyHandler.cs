using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Callbacks;
using Klikoo.Emulator.Clock;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Hosting;
using Klikoo.Emulator.Irs;
using Klikoo.Emulator.Scenarios;

namespace Klikoo.Emulator.Transactions;

/// <summary>
/// Buy and check status (docs/klikoo-interface.md#transaction-reports, B): the first buy of a ref_id creates the transaction from the matching
/// scenario; every later one, the same request re-sent, returns its current state and never charges again.
/// </summary>
/// <remarks>
/// One word for a transaction's end: it is pending (INPROGRESS) until it resolves to SUCCESS or FAILED, by its
/// timer (<c>pendingFor</c>), on a re-check or clock move after it is due, or through the admin API. This class
/// resolves (the store charges the ledger as it does); <see cref="NewTransactions"/> decides how a new buy ends.
/// </remarks>
internal sealed class BuyHandler(
    ITransactionStore transactions,
    NewTransactions making,
    CallbackQueue callbacks,
    EmulatorClock clock,
    ILogger<BuyHandler> logger)
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

    /// <summary>Buys, or re-checks the ref_id's transaction, for a valid request (the pipeline checked it).</summary>
    public RLine Buy(IrsRequest request, ValidatedRequest valid, FixtureCatalog catalog, out Diagnosis diagnosis)
    {
        diagnosis = default;
        var key = new TransactionKey(valid.Account.ClientId, valid.RefId);
        var transaction = transactions.GetOrCreate(
            key, static (k, state) => state.Making.Create(k, state.Valid, state.Catalog), (Making: making, Valid: valid, Catalog: catalog), out var created);

        // Null: the ref_id's transaction was forgotten to bound memory (it is still used, never charged again), or
        // there was no room for one more INPROGRESS transaction (nothing was made; the ref_id may be sent again).
        if (transaction is null)
        {
            var forgotten = transactions.IsForgotten(key);
            diagnosis = new(forgotten ? RejectionCause.RefIdForgotten : RejectionCause.PendingFull);
            return Reject(request, forgotten ? ReferenceNoUsed : TooManyPending);
        }

        if (!transaction.IsSameRequest(valid))
        {
            diagnosis = new(RejectionCause.RefIdUsed, transaction.Product, transaction.Destination, transaction.Amount);
            return Reject(request, ReferenceNoUsed);
        }

        // A re-check after the due time resolves the transaction even if its timer has not run yet.
        var now = clock.GetUtcNow();
        if (created)
        {
            ResolveOrSchedule(transaction, now);
        }
        else
        {
            TryResolve(transaction, now);
        }

        return transaction.LineAt(now);
    }

    /// <summary>
    /// The Open API's buy (docs/open-api.md#on-the-emulator): an order already validated against
    /// <paramref name="catalog"/> (IrsRequestValidator.TryValidateOrder) becomes a transaction exactly as
    /// <see cref="Buy"/> makes one: same store, ledger, scenarios, overrides, clock and pending cap.
    /// <see cref="NewBuy.Created"/> is true only for the one call whose creation ran; any other call for the
    /// reference finds it used.
    /// </summary>
    public NewBuy BuyValidated(ValidatedRequest valid, FixtureCatalog catalog)
    {
        var key = new TransactionKey(valid.Account.ClientId, valid.RefId);
        var transaction = transactions.GetOrCreate(
            key, static (k, state) => state.Making.Create(k, state.Valid, state.Catalog), (Making: making, Valid: valid, Catalog: catalog), out var created);
        if (transaction is null)
        {
            return new(null, false, transactions.IsForgotten(key) ? RejectionCause.RefIdForgotten : RejectionCause.PendingFull);
        }

        if (!created)
        {
            ResolveIfDue(transaction);
            return new(transaction, false, RejectionCause.RefIdUsed);
        }

        ResolveOrSchedule(transaction, clock.GetUtcNow());
        return new(transaction, true, RejectionCause.None);
    }

    /// <summary>Resolves the transaction if it is due now, as a re-check does: a read after the due time never shows it pending.</summary>
    public void ResolveIfDue(Transaction transaction) => TryResolve(transaction, clock.GetUtcNow());

    /// <summary>Resolves a pending transaction now, as an admin or test asks (docs/klikoo-interface.md#decisions: resolve pending now).</summary>
    public TransactionLine? Resolve(Transaction transaction, BuyResult result, string? reason) =>
        TryResolve(transaction, clock.GetUtcNow(), result, reason);

    /// <summary>
    /// Resolves every transaction that is due now: after the clock was moved (see <see cref="ResolveOnClockMove"/>),
    /// or on a shared store's poll (see <see cref="DuePoller"/>).
    /// </summary>
    public void ResolveDue()
    {
        var now = clock.GetUtcNow();
        ResolveDueAt(now);
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
                Schedule(transaction, due - now < MaxTimerWait ? due - now : MaxTimerWait);
            }
        }
    }

    // docs/klikoo-interface.md#transaction-reports: a request rejected before a transaction exists has no dot after the product, no destination, TRXID: -.
    public RLine Reject(IrsRequest? request, string reason) =>
        new RejectedLine(EchoText.Of(request?.RefId), EchoText.Code(request?.ProductCode), reason, clock.GetUtcNow());

    // Resolves a due transaction, or sets a timer for when it will be. A timer that fires early (the clock was set
    // back, or the wait was longer than a timer can take) sets itself again for the rest.
    private void ResolveOrSchedule(Transaction transaction, DateTimeOffset now)
    {
        if (transaction.ResolveAt is { } due && due > now)
        {
            // A shared store's due-time index is polled by every replica instead (see DuePoller).
            if (transactions.ResolvesDueItself)
            {
                return;
            }

            Schedule(transaction, due - now < MaxTimerWait ? due - now : MaxTimerWait);
        }
        else
        {
            TryResolve(transaction, now);
        }
    }

    // Apart, so that a transaction final at once allocates no timer, callback or closure: only one that waits does.
    private void Schedule(Transaction transaction, TimeSpan wait) =>
        transaction.Schedule(clock.CreateTimer(static state => ((Action)state!)(), (Action)(() => OnTimer(transaction)), wait, Timeout.InfiniteTimeSpan));

    // On a timer thread, where an exception would end the process. Timers due at one instant fire in no set order:
    // the first to fire resolves everything due in the store's order (Due), as a clock move and the due poller do,
    // so who is charged when the balance covers only some never depends on which timer ran first.
    private void OnTimer(Transaction transaction) =>
        BackgroundWork.Run(logger, $"resolving the transaction of ref_id {transaction.Key.RefId}", () =>
        {
            var now = clock.GetUtcNow();
            if (transaction.Status == TransactionStatus.InProgress && transaction.ResolveAt <= now)
            {
                ResolveDueAt(now);
            }

            ResolveOrSchedule(transaction, now);
        });

    private void ResolveDueAt(DateTimeOffset now)
    {
        foreach (var transaction in transactions.Due(now))
        {
            TryResolve(transaction, now);
        }
    }

    // Resolves the transaction if it is due (or now, forced), charging the ledger on SUCCESS; then keeps it among
    // the final transactions and queues its report. Null when it was not resolved by this call.
    private TransactionLine? TryResolve(Transaction transaction, DateTimeOffset now, BuyResult? force = null, string? forcedReason = null)
    {
        var finalLine = transactions.TryResolve(transaction, now, force, forcedReason, InsufficientBalance);
        if (finalLine is null)
        {
            return null;
        }

        // The transaction is final and charged whatever happens next: a report that cannot be queued (a callback
        // template that builds no URL with this line in it) is logged, and never undoes or hides the transaction.
        try
        {
            callbacks.Enqueue(transaction, finalLine);
        }
#pragma warning disable CA1031 // Whatever the partner's template does, the buy's reply and the transaction stand.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            TransactionLog.CallbackNotQueued(logger, ex, transaction.Key.RefId);
        }

        return finalLine;
    }

}
