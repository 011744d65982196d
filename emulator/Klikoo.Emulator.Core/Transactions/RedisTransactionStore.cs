using System.Diagnostics;
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
internal sealed class RedisTransactionStore(RedisState redis, FixtureStore fixtures, IOptions<TransactionOptions> options) : ITransactionStore
{
    private const int DueBatch = 500;

    // How long one replica may take to decide a new transaction before another may; how often another looks.
    private static readonly TimeSpan CreateLease = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan CreatePoll = TimeSpan.FromMilliseconds(2);

    private readonly TransactionOptions _options = options.Value;
    private readonly RedisTransactionHash _hash = new(fixtures);
    private readonly string _lockOwner = $"{Environment.MachineName}-{Environment.ProcessId}";
    private long _lockTokens;

    public int Count => (int)Db.SortedSetLength(Key("order"));

    public int Pending => (int)Math.Max(0, (long)Db.StringGet(Key("pending")));

    public long Forgotten => (long)Db.StringGet(Key("forgotten"));

    public bool ResolvesDueItself => true;

    private IDatabase Db => redis.Database;

    public Transaction? GetOrCreate<TState>(TransactionKey key, Func<TransactionKey, TState, Transaction?> create, TState state, out bool created)
    {
        created = false;
        var waiting = Stopwatch.StartNew();
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

            // Another replica is deciding it: its transaction is there in a moment, or its lease runs out if it died.
            if (waiting.Elapsed > CreateLease)
            {
                throw new TimeoutException($"The transaction of ref_id {key.RefId} was being made elsewhere for longer than {CreateLease}.");
            }

            Thread.Sleep(CreatePoll);
        }
    }

    public bool IsForgotten(TransactionKey key)
    {
        // Both generations in one round trip.
        const string Either = "return redis.call('SISMEMBER', KEYS[1], ARGV[1]) + redis.call('SISMEMBER', KEYS[2], ARGV[1])";
        return (int)Db.ScriptEvaluate(Either, [Key("fp:0"), Key("fp:1")], [Fingerprint(TransactionKeyOf(key))]) > 0;
    }

    public bool TryHoldPending() =>
        (int)Db.ScriptEvaluate(RedisTransactionScripts.HoldPending, [Key("pending")], [_options.PendingCapacity]) == 1;

    public void ReleasePending() => Db.StringDecrement(Key("pending"));

    public bool TryGet(TransactionKey key, [NotNullWhen(true)] out Transaction? transaction)
    {
        transaction = _hash.Load(Db.HashGetAll(TransactionKeyOf(key)));
        return transaction is not null;
    }

    public bool TryFind(string clientId, string transactionId, [NotNullWhen(true)] out Transaction? transaction)
    {
        transaction = Db.HashGet(Key("txid"), IdField(clientId, transactionId)) is { IsNull: false } stored
            ? _hash.Load(Db.HashGetAll((string)stored!))
            : null;
        return transaction is not null;
    }

    public IReadOnlyList<Transaction> All() => LoadAll(Db.SortedSetRangeByRank(Key("order")));

    public IReadOnlyList<Transaction> Due(DateTimeOffset now) =>
        LoadAll(Db.SortedSetRangeByScore(Key("due"), double.NegativeInfinity, now.UtcTicks, take: DueBatch));

    public long NextSequence() => Db.StringIncrement(Key("seq"));

    public TransactionLine? TryResolve(Transaction transaction, DateTimeOffset now, BuyResult? force, string? forcedReason, string insufficientBalance)
    {
        var generation = _options.RememberedRefIds <= 0 ? 0 : Math.Max(1, _options.RememberedRefIds / 2);
        var reply = (RedisResult[])Db.ScriptEvaluate(
            RedisTransactionScripts.Resolve,
            [
                TransactionKeyOf(transaction.Key), BalanceKey(transaction.Account.ClientId), Key("pending"), Key("due"), Key("final"),
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
            [TransactionKeyOf(transaction.Key), Key("pending"), Key("due"), Key("final"), Key("order"), Key("txid")]) == 1;

    public void Reset()
    {
        redis.DeleteMatching("tx:*");
        Db.KeyDelete([Key("order"), Key("due"), Key("final"), Key("pending"), Key("fp:0"), Key("fp:1"), Key("txid"), Key("forgotten")]);
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
            [TransactionKeyOf(key), Key("fp:0"), Key("fp:1"), Key("order"), Key("due"), Key("txid")],
            [
                Fingerprint(TransactionKeyOf(key)),
                candidate.Sequence,
                candidate.ResolveAt is { } due ? (double)due.UtcTicks : "",
                IdField(key.ClientId, candidate.TransactionId),
                .. RedisTransactionHash.Fields(candidate),
            ]);
        if (made == 1)
        {
            created = true;
            return candidate;
        }

        // Made elsewhere after all (or forgotten): the room this candidate took goes back.
        if (candidate.ReleasePendingRoom())
        {
            ReleasePending();
        }

        return made == 0 && TryGet(key, out existing) ? existing : null;
    }

    private static long Long(RedisResult value) => long.Parse((string)value!, CultureInfo.InvariantCulture);

    private RedisKey Key(string name) => redis.Key(name);

    private RedisKey BalanceKey(string clientId) => RedisClientLedger.KeyOf(redis, clientId);

    // The client id's length first, so no client id and ref_id pair can spell another's key.
    private RedisKey CreatingKeyOf(TransactionKey key) =>
        redis.Key(string.Create(CultureInfo.InvariantCulture, $"creating:{key.ClientId.Length}:{key.ClientId}:{key.RefId}"));

    private RedisKey TransactionKeyOf(TransactionKey key) =>
        redis.Key(string.Create(CultureInfo.InvariantCulture, $"tx:{key.ClientId.Length}:{key.ClientId}:{key.RefId}"));

    private static string IdField(string clientId, string transactionId) => clientId + "\n" + transactionId;

    // 64 bits of the key (XxHash3, as the in-memory store's RefIdFingerprints), kept in the transaction's hash so the
    // resolve script can remember it when it forgets the transaction.
    private static string Fingerprint(RedisKey key) =>
        System.IO.Hashing.XxHash3.HashToUInt64(System.Text.Encoding.UTF8.GetBytes((string)key!)).ToString("x16", CultureInfo.InvariantCulture);

    private List<Transaction> LoadAll(RedisValue[] keys)
    {
        var batch = Db.CreateBatch();
        var reads = keys.Select(k => batch.HashGetAllAsync((string)k!)).ToList();
        batch.Execute();
        var loaded = new List<Transaction>(reads.Count);
        foreach (var read in reads)
        {
            if (_hash.Load(read.GetAwaiter().GetResult()) is { } transaction)
            {
                loaded.Add(transaction);
            }
        }

        return loaded;
    }

}
