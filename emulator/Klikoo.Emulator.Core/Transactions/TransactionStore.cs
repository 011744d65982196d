using System.Collections.Concurrent;
using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Orders;
using Klikoo.Emulator.Scenarios;
using Microsoft.Extensions.Options;

namespace Klikoo.Emulator.Transactions;

/// <summary>
/// Every transaction by (client_id, ref_id). Creation runs exactly once per key however many requests race (under
/// one of a few locks chosen by the key), so a ref_id never makes a second transaction or a second charge (docs/klikoo-interface.md#decisions).
/// </summary>
/// <remarks>
/// Memory stays bounded under any load: beyond <see cref="TransactionOptions.Capacity"/> final transactions, the
/// oldest to become final is forgotten, leaving only a 64-bit fingerprint of its key (<see cref="RefIdFingerprints"/>).
/// A forgotten ref_id sent again is refused instead of becoming a new transaction, so it is never charged twice.
/// INPROGRESS transactions are never forgotten; instead at most <see cref="TransactionOptions.PendingCapacity"/> of
/// them exist at once: a buy that would wait holds a room until it is final or removed.
/// </remarks>
internal sealed class TransactionStore(
    IOptions<TransactionOptions> options, ClientLedger ledger, OutcomeOverrides overrides, TransactionIds ids, NewTransactions drafts, ILogger<TransactionStore> logger)
    : ITransactionStore
{
    private readonly ConcurrentDictionary<TransactionKey, Transaction> _transactions = new();

    // Not a Lazy per key: that, its factory delegate and closure lived as long as each transaction, and all of them
    // reached gen2 with it. Creation is short (no I/O), so racing buys of other ref_ids rarely share a lock.
    private readonly Lock[] _creating = [.. Enumerable.Range(0, 64).Select(_ => new Lock())];
    private readonly ConcurrentQueue<Transaction> _final = new();
    private readonly RefIdFingerprints _forgotten = new(options.Value.RememberedRefIds);
    private readonly int _capacity = options.Value.Capacity;
    private readonly PendingRooms _rooms = new(options.Value.PendingCapacity, logger);
    private int _finalCount;
    private long _sequence;

    public int Count => _transactions.Count;

    /// <summary>How many pending rooms are held: INPROGRESS transactions, and buys deciding to become one.</summary>
    public int Pending => _rooms.Held;

    /// <summary>How many transactions were forgotten to keep memory bounded since the last reset.</summary>
    public long Forgotten => _forgotten.Added;

    public bool ResolvesDueItself => false;

    public ValueTask<StoreCounts> CountsAsync() => ValueTask.FromResult(new StoreCounts(Count, Pending, Forgotten));

    // Completes synchronously: nothing here waits. A transaction due at once is resolved after its creation lock is
    // let go, as any re-check would: other ref_ids sharing the lock need not wait for the charge.
    public ValueTask<StoredBuy> BuyAsync(Order order, FixtureCatalog catalog, DateTimeOffset now)
    {
        var key = new TransactionKey(order.Account.ClientId, order.RefId);
        if (_transactions.TryGetValue(key, out var existing))
        {
            return ValueTask.FromResult(StoredBuy.Found(existing));
        }

        Transaction? made;
        lock (_creating[(key.GetHashCode() & int.MaxValue) % _creating.Length])
        {
            if (_transactions.TryGetValue(key, out existing))
            {
                return ValueTask.FromResult(StoredBuy.Found(existing));
            }

            // Checked inside the one creation: a key is fingerprinted before its transaction leaves the dictionary,
            // so a creation that runs after it left always sees the fingerprint.
            if (_forgotten.Contains(key))
            {
                return ValueTask.FromResult(StoredBuy.Refused(RejectionCause.RefIdForgotten));
            }

            made = Create(key, order, catalog, now);
            if (made is null)
            {
                return ValueTask.FromResult(StoredBuy.Refused(RejectionCause.PendingFull));
            }

            _transactions[key] = made;
        }

        var finalLine = made.ResolveAt <= now ? Resolve(made, now, null, null, OrderService.InsufficientBalance) : null;
        return ValueTask.FromResult(StoredBuy.Made(made, finalLine));
    }

    public ValueTask<Transaction?> GetAsync(TransactionKey key) => ValueTask.FromResult(_transactions.GetValueOrDefault(key));

    // Under the key's creation lock. An override another buy took meanwhile sends the buy back to be decided again;
    // one that would wait without a free room makes nothing, and leaves the override it matched for a later buy. A
    // creation that throws stores nothing and holds no room.
    private Transaction? Create(TransactionKey key, Order order, FixtureCatalog catalog, DateTimeOffset now)
    {
        while (true)
        {
            var forced = overrides.Find(order);
            var draft = drafts.Decide(order, catalog, forced, ledger.BalanceOf(order.Account));
            if (draft.NeedsRoom && !_rooms.TryTake())
            {
                return null;
            }

            // A room taken to decide that the buy does not keep: another buy took its override first (decide again),
            // or its balance fails it at once.
            var lost = forced is not null && !overrides.TryTake(forced);
            if (draft.NeedsRoom && (lost || !draft.HoldsRoom))
            {
                _rooms.Give();
            }

            if (lost)
            {
                continue;
            }

            try
            {
                if (draft.Outcome.BalanceBefore is { } pinned)
                {
                    ledger.Set(order.Account, pinned);
                }

                return draft.Make(key, draft.Outcome.TransactionId ?? ids.Next(), now, Interlocked.Increment(ref _sequence));
            }
            catch when (draft.HoldsRoom)
            {
                _rooms.Give();
                throw;
            }
        }
    }

    /// <summary>The transaction of <paramref name="clientId"/> with Klikoo's id <paramref name="transactionId"/>; the first made when ids repeat (pinned by a scenario).</summary>
    public ValueTask<Transaction?> FindAsync(string clientId, string transactionId) =>
        ValueTask.FromResult(All().FirstOrDefault(t =>
            string.Equals(t.Key.ClientId, clientId, StringComparison.Ordinal) && string.Equals(t.TransactionId, transactionId, StringComparison.Ordinal)));

    /// <summary>Transactions held whole, in the order they were made.</summary>
    public IReadOnlyList<Transaction> All() => [.. _transactions.Values.OrderBy(t => t.Sequence)];

    public ValueTask<TransactionPage> PageAsync(string? clientId, Func<Transaction, bool>? filter, bool newestFirst, long skip, int take)
    {
        var all = newestFirst ? All().Reverse() : All();
        return ValueTask.FromResult(TransactionPage.Of(
            all.Where(t => (clientId is null || string.Equals(t.Key.ClientId, clientId, StringComparison.Ordinal)) && (filter is null || filter(t))), skip, take));
    }

    public ValueTask<IReadOnlyList<Transaction>> DueAsync(DateTimeOffset now) =>
        ValueTask.FromResult<IReadOnlyList<Transaction>>([.. _transactions.Values.Where(t => t.ResolveAt <= now && t.Status == TransactionStatus.InProgress).OrderBy(t => t.ResolveAt).ThenBy(t => t.Sequence)]);

    public ValueTask<TransactionLine?> TryResolveAsync(Transaction transaction, DateTimeOffset now, BuyResult? force, string? forcedReason, string insufficientBalance) =>
        ValueTask.FromResult(Resolve(transaction, now, force, forcedReason, insufficientBalance));

    private TransactionLine? Resolve(Transaction transaction, DateTimeOffset now, BuyResult? force, string? forcedReason, string insufficientBalance)
    {
        var finalLine = transaction.TryResolve(now, force, result =>
            result == BuyResult.Success && ledger.TryCharge(transaction.Account, transaction.Price, out var charged)
                ? new Resolution(TransactionStatus.Success, null, charged)
                : new Resolution(
                    TransactionStatus.Failed,
                    result == BuyResult.Success ? insufficientBalance : (force is null ? transaction.Outcome.Reason : forcedReason) ?? "",
                    BalanceChange.Unchanged(ledger.BalanceOf(transaction.Account))));
        if (finalLine is not null)
        {
            KeepFinal(transaction);
        }

        return finalLine;
    }

    // Keeps a transaction that just resolved among the final ones: its pending room is freed, and the oldest final
    // ones beyond the capacity are forgotten.
    private void KeepFinal(Transaction transaction)
    {
        _rooms.GiveBack(transaction);
        _final.Enqueue(transaction);
        if (Interlocked.Increment(ref _finalCount) <= _capacity)
        {
            return;
        }

        // One an admin delete removed still waits in the queue, but no longer counts: it is passed over.
        while (Volatile.Read(ref _finalCount) > _capacity && _final.TryDequeue(out var oldest))
        {
            if (Forget(oldest))
            {
                Interlocked.Decrement(ref _finalCount);
            }
        }
    }

    /// <summary>Removes a transaction so its ref_id can be used again (admin delete); it will not resolve later.</summary>
    public ValueTask<bool> RemoveAsync(Transaction transaction)
    {
        transaction.Abandon();
        _rooms.GiveBack(transaction);
        if (!_transactions.TryRemove(KeyValuePair.Create(transaction.Key, transaction)))
        {
            return ValueTask.FromResult(false);
        }

        // A final one leaves the capacity's count with it (it stays in the queue until passed over, see KeepFinal),
        // so the newest Capacity final transactions are still kept whole.
        if (transaction.Status != TransactionStatus.InProgress)
        {
            Interlocked.Decrement(ref _finalCount);
        }

        return ValueTask.FromResult(true);
    }

    public void Reset()
    {
        foreach (var transaction in All())
        {
            transaction.Abandon();
            _rooms.GiveBack(transaction);
        }

        _transactions.Clear();
        _final.Clear();
        Interlocked.Exchange(ref _finalCount, 0);
        _rooms.Reset();
        _forgotten.Clear();
    }

    // True when it forgot the transaction; false when an admin delete removed it first (which made its ref_id free
    // to use again, and took it out of the capacity's count).
    private bool Forget(Transaction transaction)
    {
        if (!_transactions.TryGetValue(transaction.Key, out var held) || !ReferenceEquals(held, transaction))
        {
            return false;
        }

        if (_forgotten.Add(transaction.Key) == 1)
        {
            TransactionLog.TransactionsForgotten(logger, _capacity);
        }

        return _transactions.TryRemove(KeyValuePair.Create(transaction.Key, transaction));
    }
}
