using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Scenarios;
using Klikoo.Emulator.State;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Klikoo.Emulator.Transactions;

/// <summary>
/// The transactions in Redis, shared by every replica that names the same server and prefix (docs/shared-state.md).
/// Each transaction is a hash; creating one, resolving it with its charge, forgetting the oldest final ones and
/// removing one are each a Lua script (<see cref="RedisTransactionScripts"/>), so two replicas never make a second
/// transaction for a ref_id or charge it twice. Pending transactions wait in a due-time sorted set that every
/// replica polls (<see cref="DuePoller"/>); whichever resolves one first sends its report, once.
/// </summary>
internal sealed class RedisTransactionStore : ITransactionStore
{
    private const int DueBatch = 500;

    // How long one replica may take to decide a new transaction before another may; how often another looks.
    private static readonly TimeSpan CreateLease = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan CreatePoll = TimeSpan.FromMilliseconds(2);
    private static readonly TimeSpan CreatePollMax = TimeSpan.FromMilliseconds(25);

    private readonly RedisState _redis;
    private readonly TransactionOptions _options;
    private readonly RedisTransactionHash _hash;
    private readonly RedisTransactionKeys _keys;
    private readonly RedisTransactionReads _reads;
    private readonly string _lockOwner = $"{Environment.MachineName}-{Environment.ProcessId}";
    private long _lockTokens;

    public RedisTransactionStore(RedisState redis, FixtureStore fixtures, IOptions<TransactionOptions> options, ILogger<RedisTransactionStore> logger)
    {
        _redis = redis;
        _options = options.Value;
        _hash = new(fixtures);
        _keys = new(redis);
        _reads = new(redis, _hash, _keys, logger);
    }

    public int Count => (int)Db.SortedSetLength(Key("order"));

    // The rooms are the INPROGRESS transactions that hold one: the create and resolve scripts add and remove them
    // with the transaction's state, so whatever fails in between, none is held by no transaction.
    public int Pending => (int)Db.SetLength(Key("rooms"));

    public long Forgotten => (long)Db.StringGet(Key("forgotten"));

    public bool ResolvesDueItself => true;

    private IDatabase Db => _redis.Database;

    public Transaction? GetOrCreate<TState>(TransactionKey key, Func<TransactionKey, TState, Transaction?> create, TState state, out bool created)
    {
        created = false;
        var poll = CreatePoll;
        while (true)
        {
            if (TryGet(key, out var existing))
            {
                return existing;
            }

            if (IsForgotten(key))
            {
                return null;
            }

            // One replica decides a ref_id's transaction at a time, as the in-memory store's lock does: deciding
            // takes an override or a pending room, and a second replica deciding the same buy at once would take
            // another (or none, and make its transaction without the override the first one took).
            var creating = CreatingKeyOf(key);
            var token = string.Create(CultureInfo.InvariantCulture, $"{_lockOwner}:{Interlocked.Increment(ref _lockTokens)}");
            if (Db.StringSet(creating, token, CreateLease, When.NotExists))
            {
                try
                {
                    return Create(key, create, state, out created);
                }
                finally
                {
                    Db.ScriptEvaluate(RedisTransactionScripts.ReleaseLock, [creating], [token]);
                }
            }

            // Another replica is deciding it: its transaction is there in a moment, or, if that replica died, its lock
            // runs out within the lease and this request takes it over. Never given up on while the lock merely
            // lasts: every request waiting on a dead holder must answer the one transaction the next holder makes.
            Thread.Sleep(poll);
            poll = TimeSpan.FromTicks(Math.Min(poll.Ticks * 2, CreatePollMax.Ticks));
        }
    }

    public bool IsForgotten(TransactionKey key)
    {
        // Both generations in one round trip.
        const string Either = "return redis.call('SISMEMBER', KEYS[1], ARGV[1]) + redis.call('SISMEMBER', KEYS[2], ARGV[1])";
        return (int)Db.ScriptEvaluate(Either, [Key("fp:0"), Key("fp:1")], [RedisTransactionKeys.Fingerprint(TransactionKeyOf(key))]) > 0;
    }

    // Only a look: the create script takes the room with the transaction, or refuses it when the last was taken meanwhile.
    public bool TryHoldPending() => Db.SetLength(Key("rooms")) < _options.PendingCapacity;

    public void ReleasePending()
    {
        // Nothing was taken (see TryHoldPending).
    }

    public bool TryGet(TransactionKey key, [NotNullWhen(true)] out Transaction? transaction)
    {
        transaction = _hash.Load(Db.HashGetAll(TransactionKeyOf(key)));
        return transaction is not null;
    }

    public bool TryFind(string clientId, string transactionId, [NotNullWhen(true)] out Transaction? transaction)
    {
        transaction = Db.HashGet(Key("txid"), RedisTransactionKeys.IdField(clientId, transactionId)) is { IsNull: false } stored
            ? _hash.Load(Db.HashGetAll((string)stored!))
            : null;
        return transaction is not null;
    }

    public IReadOnlyList<Transaction> All() => [.. _reads.Scan(Key("order"), Order.Ascending)];

    public TransactionPage Page(string? clientId, Func<Transaction, bool>? filter, bool newestFirst, long skip, int take) =>
        _reads.Page(clientId, filter, newestFirst, skip, take);

    // The set orders equal scores by key, and a score (a double) holds a due time only to some microseconds: the
    // exact order is restored here, as the in-memory store keeps it.
    public IReadOnlyList<Transaction> Due(DateTimeOffset now) =>
        [.. _reads.Load(Db.SortedSetRangeByScore(Key("due"), double.NegativeInfinity, now.UtcTicks, take: DueBatch), fromDue: true)
            .OrderBy(t => t.ResolveAt).ThenBy(t => t.Sequence)];

    public long NextSequence() => Db.StringIncrement(Key("seq"));

    public TransactionLine? TryResolve(Transaction transaction, DateTimeOffset now, BuyResult? force, string? forcedReason, string insufficientBalance)
    {
        var generation = _options.RememberedRefIds <= 0 ? 0 : Math.Max(1, _options.RememberedRefIds / 2);
        var reply = (RedisResult[])Db.ScriptEvaluate(
            RedisTransactionScripts.Resolve,
            [
                TransactionKeyOf(transaction.Key), BalanceKey(transaction.Account.ClientId), Key("rooms"), Key("due"), Key("final"),
                Key("fp:0"), Key("fp:1"), Key("order"), Key("txid"), Key("forgotten"),
            ],
            [
                RedisTransactionHash.Ticks(now), force switch { BuyResult.Success => "S", BuyResult.Failed => "F", _ => "" }, forcedReason ?? "",
                insufficientBalance, transaction.Account.Balance, _options.Capacity, generation,
            ])!;
        var status = (string?)reply[1];
        if (string.IsNullOrEmpty(status))
        {
            return null;
        }

        transaction.Restore(
            RedisTransactionHash.StatusOf(status),
            RedisTransactionHash.NullIfEmpty((string?)reply[2]),
            status == "0" ? default : new BalanceChange(Long(reply[3]), Long(reply[4]), Long(reply[5])),
            status == "0" ? null : RedisTransactionHash.TimeOf((string?)reply[6]));
        return (int)reply[0] == 1 ? transaction.LineAt(now) : null;
    }

    public bool Remove(Transaction transaction) =>
        (int)Db.ScriptEvaluate(
            RedisTransactionScripts.Remove,
            [TransactionKeyOf(transaction.Key), Key("rooms"), Key("due"), Key("final"), Key("order"), Key("txid")]) == 1;

    public void Reset()
    {
        _redis.DeleteMatching("tx:*");
        _redis.DeleteMatching("txc:*");
        Db.KeyDelete([Key("order"), Key("due"), Key("final"), Key("rooms"), Key("fp:0"), Key("fp:1"), Key("txid"), Key("forgotten")]);
    }

    // Under the ref_id's creation lock; the script still refuses a second transaction should the lock have run out.
    private Transaction? Create<TState>(TransactionKey key, Func<TransactionKey, TState, Transaction?> create, TState state, out bool created)
    {
        created = false;
        if (TryGet(key, out var existing))
        {
            return existing;
        }

        if (IsForgotten(key) || create(key, state) is not { } candidate)
        {
            return null;
        }

        var made = (int)Db.ScriptEvaluate(
            RedisTransactionScripts.Create,
            [TransactionKeyOf(key), Key("fp:0"), Key("fp:1"), Key("order"), Key("due"), Key("txid"), Key("rooms"), _keys.OfClient(key.ClientId)],
            [
                RedisTransactionKeys.Fingerprint(TransactionKeyOf(key)),
                candidate.Sequence,
                candidate.ResolveAt is { } due ? (double)due.UtcTicks : "",
                RedisTransactionKeys.IdField(key.ClientId, candidate.TransactionId),
                _options.PendingCapacity,
                candidate.HoldsPendingRoom ? "1" : "0",
                .. RedisTransactionHash.Fields(candidate),
            ]);
        if (made == 1)
        {
            created = true;
            return candidate;
        }

        // Made elsewhere after all, forgotten, or (-2) the last pending room was taken since TryHoldPending looked.
        return made == 0 && TryGet(key, out existing) ? existing : null;
    }

    private static long Long(RedisResult value) => long.Parse((string)value!, CultureInfo.InvariantCulture);

    private RedisKey Key(string name) => _redis.Key(name);

    private RedisKey BalanceKey(string clientId) => RedisClientLedger.KeyOf(_redis, clientId);

    private RedisKey TransactionKeyOf(TransactionKey key) => _keys.Transaction(key);

    private RedisKey CreatingKeyOf(TransactionKey key) => _keys.Creating(key);
}
