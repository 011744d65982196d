using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Admin;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Orders;
using Klikoo.Emulator.Scenarios;

namespace Klikoo.Emulator.Transactions;

/// <summary>
/// Every transaction by (client_id, ref_id), and the one place a transaction resolves and its client is charged.
/// <see cref="TransactionStore"/> keeps them in this process (the default); <see cref="RedisTransactionStore"/> in
/// Redis, shared by replicas (docs/shared-state.md). Both make one transaction per key and charge it once, however
/// many requests race, and keep the same limits (docs/limits.md).
/// </summary>
internal interface ITransactionStore : IResettableState
{
    /// <summary>How many transactions are held whole, how many pending rooms are held, how many were forgotten; on Redis one round trip.</summary>
    ValueTask<StoreCounts> CountsAsync();

    /// <summary>
    /// Whether the store finds due transactions itself (a due-time index every replica polls) instead of a timer per
    /// transaction in the process that made it.
    /// </summary>
    bool ResolvesDueItself { get; }

    /// <summary>
    /// The buy's transaction: the one its (client_id, ref_id) already has, or one made from its draft
    /// (<see cref="NewTransactions.Decide"/>), atomically with taking the draft's override and pending room, and resolved at once when it is due at
    /// once (charging its client). Refused when the key belongs to a transaction forgotten for space (never made
    /// again), or when the draft would wait and every pending room is taken (nothing made: it may be sent again).
    /// The draft is decided again when another buy took its override first. On Redis: two round trips for a new buy
    /// (docs/shared-state.md#round-trips).
    /// </summary>
    ValueTask<StoredBuy> BuyAsync(Order order, FixtureCatalog catalog, DateTimeOffset now);

    /// <summary>The transaction of <paramref name="key"/>, if one is held.</summary>
    ValueTask<Transaction?> GetAsync(TransactionKey key);

    /// <summary>The transaction of <paramref name="clientId"/> with Klikoo's id <paramref name="transactionId"/>; the first made when ids repeat (pinned by a scenario).</summary>
    ValueTask<Transaction?> FindAsync(string clientId, string transactionId);

    /// <summary>Transactions held whole, in the order they were made.</summary>
    IReadOnlyList<Transaction> All();

    /// <summary>
    /// One page of the transactions of <paramref name="clientId"/> (or of every client) matching
    /// <paramref name="filter"/> (null: all), in creation order or newest first, and how many match in all. Without a
    /// filter the Redis store reads only the page's transactions, through an index by creation number.
    /// </summary>
    ValueTask<TransactionPage> PageAsync(string? clientId, Func<Transaction, bool>? filter, bool newestFirst, long skip, int take);

    /// <summary>
    /// Pending transactions whose due time is <paramref name="now"/> or earlier, the earliest due first and, due at
    /// once, the first made first: the order they resolve in, which decides who is charged when the balance covers
    /// only some (as time passing by itself would).
    /// </summary>
    ValueTask<IReadOnlyList<Transaction>> DueAsync(DateTimeOffset now);

    /// <summary>
    /// Resolves <paramref name="transaction"/> if it is pending and due at <paramref name="now"/> (or now, with
    /// <paramref name="force"/>): SUCCESS charges its price when the balance covers it, else it FAILS with
    /// <paramref name="insufficientBalance"/>; FAILED takes the scenario's reason (or <paramref name="forcedReason"/>).
    /// Returns the final line only to the one call that resolved it, so its report is sent once; null otherwise.
    /// Either way <paramref name="transaction"/> shows the stored state afterwards.
    /// </summary>
    ValueTask<TransactionLine?> TryResolveAsync(Transaction transaction, DateTimeOffset now, BuyResult? force, string? forcedReason, string insufficientBalance);

    /// <summary>Removes a transaction so its ref_id can be used again (admin delete); it will not resolve later.</summary>
    ValueTask<bool> RemoveAsync(Transaction transaction);
}
