using System.Collections.Concurrent;

namespace Klikoo.Emulator.Transactions;

/// <summary>
/// Every transaction by (client_id, ref_id). Creation runs exactly once per key however many requests race
/// (a Lazy per key), so a ref_id never makes a second transaction or a second charge (SPEC B).
/// </summary>
internal sealed class TransactionStore
{
    private readonly ConcurrentDictionary<TransactionKey, Lazy<Transaction>> _transactions = new();

    public int Count => _transactions.Count;

    public Transaction GetOrCreate(TransactionKey key, Func<TransactionKey, Transaction> create) =>
        _transactions.GetOrAdd(key, static (k, c) => new Lazy<Transaction>(() => c(k), LazyThreadSafetyMode.ExecutionAndPublication), create).Value;

    public bool TryGet(TransactionKey key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Transaction? transaction)
    {
        transaction = _transactions.TryGetValue(key, out var lazy) && lazy.IsValueCreated ? lazy.Value : null;
        return transaction is not null;
    }

    public IEnumerable<Transaction> All =>
        _transactions.Values.Where(lazy => lazy.IsValueCreated).Select(lazy => lazy.Value).OrderBy(t => t.CreatedAt);

    public bool Remove(TransactionKey key) => _transactions.TryRemove(key, out _);

    public void Clear()
    {
        foreach (var transaction in All.ToList())
        {
            transaction.Abandon();
        }

        _transactions.Clear();
    }
}
