using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Klikoo.Contracts.Lines;
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
/// them exist at once: a buy that would wait holds a room (<see cref="TryHoldPending"/>) until it is final or removed.
/// </remarks>
internal sealed class TransactionStore(IOptions<TransactionOptions> options, ClientLedger ledger, ILogger<TransactionStore> logger) : ITransactionStore
{
    private readonly ConcurrentDictionary<TransactionKey, Transaction> _transactions = new();

    // Not a Lazy per key: that, its factory delegate and closure lived as long as each transaction, and all of them
    // reached gen2 with it. Creation is short (no I/O), so racing buys of other ref_ids rarely share a lock.
    private readonly Lock[] _creating = [.. Enumerable.Range(0, 64).Select(_ => new Lock())];
    private readonly ConcurrentQueue<Transaction> _final = new();
    private readonly RefIdFingerprints _forgotten = new(options.Value.RememberedRefIds);
    private readonly int _capacity = options.Value.Capacity;
    private readonly int _pendingCapacity = options.Value.PendingCapacity;
    private int _finalCount;
    private int _pending;
    private int _pendingFullLogged;
    private long _sequence;

    public int Count => _transactions.Count;

    /// <summary>How many pending rooms are held: INPROGRESS transactions, and buys deciding to become one.</summary>
    public int Pending => Volatile.Read(ref _pending);

    /// <summary>How many transactions were forgotten to keep memory bounded since the last reset.</summary>
    public long Forgotten => _forgotten.Added;

    public bool ResolvesDueItself => false;

    public Transaction? GetOrCreate<TState>(TransactionKey key, Func<TransactionKey, TState, Transaction?> create, TState state, out bool created)
    {
        created = false;
        if (_transactions.TryGetValue(key, out var existing))
        {
            return existing;
        }

        lock (_creating[(key.GetHashCode() & int.MaxValue) % _creating.Length])
        {
            if (_transactions.TryGetValue(key, out existing))
            {
                return existing;
            }

            // Checked inside the one creation: a key is fingerprinted before its transaction leaves the dictionary,
            // so a creation that runs after it left always sees the fingerprint. A creation that throws stores nothing.
            if (_forgotten.Contains(key) || create(key, state) is not { } transaction)
            {
                return null;
            }

            _transactions[key] = transaction;
            created = true;
            return transaction;
        }
    }

    /// <summary>Whether <paramref name="key"/> belongs to a transaction forgotten for space.</summary>
    public bool IsForgotten(TransactionKey key) => _forgotten.Contains(key);

    /// <summary>Takes a pending room for a new buy that will wait; false when all are taken.</summary>
    public bool TryHoldPending()
    {
        var held = Volatile.Read(ref _pending);
        while (held < _pendingCapacity)
        {
            var seen = Interlocked.CompareExchange(ref _pending, held + 1, held);
            if (seen == held)
            {
                return true;
            }

            held = seen;
        }

        if (Interlocked.Exchange(ref _pendingFullLogged, 1) == 0)
        {
            TransactionLog.PendingTransactionsFull(logger, _pendingCapacity);
        }

        return false;
    }

    /// <summary>Gives back a room taken by <see cref="TryHoldPending"/> that no transaction came to hold.</summary>
    public void ReleasePending() => Interlocked.Decrement(ref _pending);

    public bool TryGet(TransactionKey key, [NotNullWhen(true)] out Transaction? transaction)
    {
        return _transactions.TryGetValue(key, out transaction);
    }

    /// <summary>The transaction of <paramref name="clientId"/> with Klikoo's id <paramref name="transactionId"/>; the first made when ids repeat (pinned by a scenario).</summary>
    public bool TryFind(string clientId, string transactionId, [NotNullWhen(true)] out Transaction? transaction)
    {
        transaction = All().FirstOrDefault(t =>
            string.Equals(t.Key.ClientId, clientId, StringComparison.Ordinal) && string.Equals(t.TransactionId, transactionId, StringComparison.Ordinal));
        return transaction is not null;
    }

    /// <summary>Transactions held whole, in the order they were made.</summary>
    public IReadOnlyList<Transaction> All() => [.. _transactions.Values.OrderBy(t => t.Sequence)];

    public TransactionPage Page(string? clientId, Func<Transaction, bool>? filter, bool newestFirst, long skip, int take)
    {
        var all = newestFirst ? All().Reverse() : All();
        return TransactionPage.Of(
            all.Where(t => (clientId is null || string.Equals(t.Key.ClientId, clientId, StringComparison.Ordinal)) && (filter is null || filter(t))), skip, take);
    }

    public IReadOnlyList<Transaction> Due(DateTimeOffset now) =>
        [.. _transactions.Values.Where(t => t.ResolveAt <= now && t.Status == TransactionStatus.InProgress).OrderBy(t => t.ResolveAt).ThenBy(t => t.Sequence)];

    public TransactionLine? TryResolve(Transaction transaction, DateTimeOffset now, BuyResult? force, string? forcedReason, string insufficientBalance)
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

    /// <summary>The next creation number (see <see cref="Transaction.Sequence"/>).</summary>
    public long NextSequence() => Interlocked.Increment(ref _sequence);

    // Keeps a transaction that just resolved among the final ones: its pending room is freed, and the oldest final
    // ones beyond the capacity are forgotten.
    private void KeepFinal(Transaction transaction)
    {
        Release(transaction);
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
    public bool Remove(Transaction transaction)
    {
        transaction.Abandon();
        Release(transaction);
        if (!_transactions.TryRemove(KeyValuePair.Create(transaction.Key, transaction)))
        {
            return false;
        }

        // A final one leaves the capacity's count with it (it stays in the queue until passed over, see KeepFinal),
        // so the newest Capacity final transactions are still kept whole.
        if (transaction.Status != TransactionStatus.InProgress)
        {
            Interlocked.Decrement(ref _finalCount);
        }

        return true;
    }

    public void Reset() => Clear();

    public void Clear()
    {
        foreach (var transaction in All())
        {
            transaction.Abandon();
            Release(transaction);
        }

        _transactions.Clear();
        _final.Clear();
        Interlocked.Exchange(ref _finalCount, 0);
        Interlocked.Exchange(ref _pendingFullLogged, 0);
        _forgotten.Clear();
    }

    private void Release(Transaction transaction)
    {
        if (transaction.ReleasePendingRoom())
        {
            Interlocked.Decrement(ref _pending);
        }
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
