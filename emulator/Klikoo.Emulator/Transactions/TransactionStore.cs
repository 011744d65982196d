using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Klikoo.Emulator.Hosting;
using Microsoft.Extensions.Options;

namespace Klikoo.Emulator.Transactions;

/// <summary>
/// Every transaction by (client_id, ref_id). Creation runs exactly once per key however many requests race
/// (a Lazy per key), so a ref_id never makes a second transaction or a second charge (SPEC B).
/// </summary>
/// <remarks>
/// Memory stays bounded under any load: beyond <see cref="TransactionOptions.Capacity"/> final transactions, the
/// oldest to become final is forgotten, leaving only a 64-bit fingerprint of its key (<see cref="RefIdFingerprints"/>).
/// A forgotten ref_id sent again is refused instead of becoming a new transaction, so it is never charged twice.
/// INPROGRESS transactions are never forgotten.
/// </remarks>
internal sealed class TransactionStore(IOptions<TransactionOptions> options, ILogger<TransactionStore> logger)
{
    private readonly ConcurrentDictionary<TransactionKey, Lazy<Transaction?>> _transactions = new();
    private readonly ConcurrentQueue<Transaction> _final = new();
    private readonly RefIdFingerprints _forgotten = new(options.Value.RememberedRefIds);
    private readonly int _capacity = options.Value.Capacity;
    private int _finalCount;
    private long _sequence;

    public int Count => _transactions.Count;

    /// <summary>How many transactions were forgotten to keep memory bounded since the last reset.</summary>
    public long Forgotten => _forgotten.Added;

    /// <summary>
    /// The transaction for <paramref name="key"/>, made by <paramref name="create"/> if it is new; null when the
    /// key belongs to a transaction forgotten for space, which must not be made again.
    /// </summary>
    public Transaction? GetOrCreate(TransactionKey key, Func<TransactionKey, Transaction> create)
    {
        var lazy = _transactions.GetOrAdd(key, static (k, state) => new Lazy<Transaction?>(
            // Checked inside the one creation: a key is fingerprinted before its transaction leaves the dictionary,
            // so a creation that runs after it left always sees the fingerprint.
            () => state.Store._forgotten.Contains(k) ? null : state.Create(k),
            LazyThreadSafetyMode.ExecutionAndPublication), (Store: this, Create: create));
        Transaction? transaction;
        try
        {
            transaction = lazy.Value;
        }
        catch
        {
            // A Lazy keeps its exception for ever: drop it, so the ref_id is not refused for good by one failure.
            _transactions.TryRemove(KeyValuePair.Create(key, lazy));
            throw;
        }

        if (transaction is not null)
        {
            return transaction;
        }

        _transactions.TryRemove(KeyValuePair.Create(key, lazy));
        return null;
    }

    public bool TryGet(TransactionKey key, [NotNullWhen(true)] out Transaction? transaction)
    {
        transaction = _transactions.TryGetValue(key, out var lazy) && lazy.IsValueCreated ? lazy.Value : null;
        return transaction is not null;
    }

    /// <summary>Transactions held whole, in the order they were made.</summary>
    public IEnumerable<Transaction> All =>
        _transactions.Values.Where(lazy => lazy.IsValueCreated).Select(lazy => lazy.Value).OfType<Transaction>().OrderBy(t => t.Sequence);

    /// <summary>The next creation number (see <see cref="Transaction.Sequence"/>).</summary>
    public long NextSequence() => Interlocked.Increment(ref _sequence);

    /// <summary>Counts a transaction that just became final, forgetting the oldest final ones beyond the capacity.</summary>
    public void Finished(Transaction transaction)
    {
        _final.Enqueue(transaction);
        if (Interlocked.Increment(ref _finalCount) <= _capacity)
        {
            return;
        }

        while (Volatile.Read(ref _finalCount) > _capacity && _final.TryDequeue(out var oldest))
        {
            Interlocked.Decrement(ref _finalCount);
            Forget(oldest);
        }
    }

    /// <summary>Removes a transaction so its ref_id can be used again (admin delete).</summary>
    public bool Remove(TransactionKey key) => _transactions.TryRemove(key, out _);

    public void Clear()
    {
        foreach (var transaction in All.ToList())
        {
            transaction.Abandon();
        }

        _transactions.Clear();
        _final.Clear();
        Interlocked.Exchange(ref _finalCount, 0);
        _forgotten.Clear();
    }

    private void Forget(Transaction transaction)
    {
        // Only if it is still the one held: an admin delete already made its ref_id free to use again.
        if (_transactions.TryGetValue(transaction.Key, out var lazy) && lazy.IsValueCreated && ReferenceEquals(lazy.Value, transaction))
        {
            if (_forgotten.Add(transaction.Key) == 1)
            {
                EmulatorLog.TransactionsForgotten(logger, _capacity);
            }

            _transactions.TryRemove(KeyValuePair.Create(transaction.Key, lazy));
        }
    }
}
