using System.Globalization;
using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Orders;
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

    private readonly RedisState _redis;
    private readonly TransactionOptions _options;
    private readonly RedisTransactionHash _hash;
    private readonly RedisTransactionKeys _keys;
    private readonly RedisTransactionReads _reads;
    private readonly RedisTransactionIds _ids;
    private readonly NewTransactions _drafts;

    public RedisTransactionStore(
        RedisState redis, FixtureStore fixtures, RedisTransactionIds ids, NewTransactions drafts, IOptions<TransactionOptions> options, ILogger<RedisTransactionStore> logger)
    {
        _redis = redis;
        _options = options.Value;
        _hash = new(fixtures);
        _keys = new(redis);
        _reads = new(redis, _hash, _keys, logger);
        _ids = ids;
        _drafts = drafts;
    }

    // The rooms are the INPROGRESS transactions that hold one: the create and resolve scripts add and remove them
    // with the transaction's state, so whatever fails in between, none is held by no transaction.
    public async ValueTask<StoreCounts> CountsAsync()
    {
        var counts = (RedisResult[])(await Db.ScriptEvaluateAsync(RedisTransactionScripts.Counts, [Key("order"), Key("rooms"), Key("forgotten")]))!;
        return new((int)counts[0], (int)counts[1], (long)counts[2]);
    }

    public bool ResolvesDueItself => true;

    private IDatabase Db => _redis.Database;

    // Two round trips for a new buy: a look at what the store holds for it (Look), then, decided in .NET, one script
    // that makes it with everything it takes and settles it when due at once (Create). No lock: the create script
    // refuses a second transaction, and an override or room taken meanwhile sends the buy back to decide again.
    public async ValueTask<StoredBuy> BuyAsync(Orders.Order order, FixtureCatalog catalog, DateTimeOffset now)
    {
        var key = new TransactionKey(order.Account.ClientId, order.RefId);
        var transactionKey = TransactionKeyOf(key);
        var fingerprint = RedisTransactionKeys.Fingerprint(transactionKey);
        while (true)
        {
            var look = (RedisResult[])(await Db.ScriptEvaluateAsync(
                RedisTransactionScripts.Look,
                [transactionKey, Key("fp:0"), Key("fp:1"), RedisOutcomeOverrides.KeyOf(_redis), BalanceKey(key.ClientId), Key("rooms"), _ids.CounterKey],
                [fingerprint, order.Account.Balance, _ids.IsCounter ? "0" : "1", .. _ids.NextIdArguments]))!;
            switch ((int)look[0])
            {
                case 1:
                    return StoredBuy.Found(_hash.Load(RedisTransactionHash.Entries((RedisResult[])look[1]!))!);
                case 2:
                    return StoredBuy.Refused(RejectionCause.RefIdForgotten);
            }

            var forced = OutcomeOverride.FirstMatch(RedisOutcomeOverrides.Read(((RedisResult[])look[4]!).Select(v => (RedisValue)v)), order.RefId, order.Destination);
            var draft = _drafts.Decide(order, catalog, forced, Long(look[1]));
            if (draft.NeedsRoom && (long)look[2] >= _options.PendingCapacity)
            {
                return StoredBuy.Refused(RejectionCause.PendingFull);
            }

            var reserved = (string?)look[3];
            var transactionId = draft.Outcome.TransactionId ?? (string.IsNullOrEmpty(reserved) ? "" : _ids.Format(_ids.Seen(long.Parse(reserved, CultureInfo.InvariantCulture))));
            var made = (RedisResult[])(await CreateAsync(key, transactionKey, fingerprint, draft, transactionId, now))!;
            switch ((int)made[0])
            {
                case 1:
                    return Made(key, draft, made, now);
                case 0:
                    return StoredBuy.Found(_hash.Load(RedisTransactionHash.Entries((RedisResult[])made[1]!))!);
                case -1:
                    return StoredBuy.Refused(RejectionCause.RefIdForgotten);
                case -2:
                    return StoredBuy.Refused(RejectionCause.PendingFull);
            }

            // -3: another buy took the override first; decide again.
        }
    }

    public async ValueTask<Transaction?> GetAsync(TransactionKey key) => _hash.Load(await Db.HashGetAllAsync(TransactionKeyOf(key)));

    public async ValueTask<Transaction?> FindAsync(string clientId, string transactionId) =>
        await Db.HashGetAsync(Key("txid"), RedisTransactionKeys.IdField(clientId, transactionId)) is { IsNull: false } stored
            ? _hash.Load(await Db.HashGetAllAsync((string)stored!))
            : null;

    public IReadOnlyList<Transaction> All() => [.. _reads.Scan(Key("order"), StackExchange.Redis.Order.Ascending)];

    public ValueTask<TransactionPage> PageAsync(string? clientId, Func<Transaction, bool>? filter, bool newestFirst, long skip, int take) =>
        _reads.PageAsync(clientId, filter, newestFirst, skip, take);

    // The set orders equal scores by key, and a score (a double) holds a due time only to some microseconds: the
    // exact order is restored here, as the in-memory store keeps it.
    public async ValueTask<IReadOnlyList<Transaction>> DueAsync(DateTimeOffset now) =>
        [.. (await _reads.LoadAsync(await Db.SortedSetRangeByScoreAsync(Key("due"), double.NegativeInfinity, now.UtcTicks, take: DueBatch), fromDue: true))
            .OrderBy(t => t.ResolveAt).ThenBy(t => t.Sequence)];

    public async ValueTask<TransactionLine?> TryResolveAsync(Transaction transaction, DateTimeOffset now, BuyResult? force, string? forcedReason, string insufficientBalance)
    {
        // Read a moment ago and not due: nothing to ask Redis (a re-sent pending buy makes one round trip, its read).
        if (force is null && (transaction.Status != TransactionStatus.InProgress || transaction.ResolveAt is not { } due || due > now))
        {
            return null;
        }

        var reply = (RedisResult[])(await Db.ScriptEvaluateAsync(
            RedisTransactionScripts.Resolve,
            [TransactionKeyOf(transaction.Key), .. SettleKeys(transaction.Key.ClientId)],
            [
                RedisTransactionHash.Ticks(now), force switch { BuyResult.Success => "S", BuyResult.Failed => "F", _ => "" }, forcedReason ?? "",
                insufficientBalance, transaction.Account.Balance, _options.Capacity, Generation,
            ]))!;
        return Settled(transaction, reply, now);
    }

    public async ValueTask<bool> RemoveAsync(Transaction transaction) =>
        (int)await Db.ScriptEvaluateAsync(
            RedisTransactionScripts.Remove,
            [TransactionKeyOf(transaction.Key), Key("rooms"), Key("due"), Key("final"), Key("order"), Key("txid")]) == 1;

    public void Reset()
    {
        _redis.DeleteMatching("tx:*");
        _redis.DeleteMatching("txc:*");
        Db.KeyDelete([Key("order"), Key("due"), Key("final"), Key("rooms"), Key("fp:0"), Key("fp:1"), Key("txid"), Key("forgotten")]);
    }

    private Task<RedisResult> CreateAsync(TransactionKey key, RedisKey transactionKey, string fingerprint, TransactionDraft draft, string transactionId, DateTimeOffset now)
    {
        // Every field but the creation number and TRXID, which the script gives it.
        var provisional = draft.Make(key, transactionId, now, sequence: 0);
        var fields = RedisTransactionHash.Fields(provisional);
        var resolveAt = provisional.ResolveAt;
        return Db.ScriptEvaluateAsync(
            RedisTransactionScripts.Create,
            [transactionKey, .. SettleKeys(key.ClientId), _keys.OfClient(key.ClientId), RedisOutcomeOverrides.KeyOf(_redis), Key("seq"), _ids.CounterKey],
            [
                fingerprint, RedisTransactionHash.Ticks(now), resolveAt is { } due ? (double)due.UtcTicks : "", resolveAt <= now ? "1" : "0",
                _options.PendingCapacity, draft.NeedsRoom ? "1" : "0", draft.HoldsRoom ? "1" : "0", draft.OverrideId ?? "",
                draft.Outcome.BalanceBefore?.ToString(CultureInfo.InvariantCulture) ?? "", transactionId, key.ClientId, .. _ids.NextIdArguments,
                draft.Order.Account.Balance, OrderService.InsufficientBalance, _options.Capacity, Generation,
                .. fields,
            ]);
    }

    // {1, creation number, TRXID[, settle's reply]}: the transaction as made, settled if it was due at once.
    private StoredBuy Made(TransactionKey key, TransactionDraft draft, RedisResult[] made, DateTimeOffset now)
    {
        var transactionId = (string)made[2]!;
        if (draft.Outcome.TransactionId is null && _ids.IsCounter)
        {
            _ids.Seen(long.Parse(transactionId, CultureInfo.InvariantCulture));
        }

        var transaction = draft.Make(key, transactionId, now, Long(made[1]));
        return StoredBuy.Made(transaction, made.Length > 3 ? Settled(transaction, (RedisResult[])made[3]!, now) : null);
    }

    // Settle's reply {resolved by this call, status, reason, before, deduction, after, resolved at} onto the transaction.
    private static TransactionLine? Settled(Transaction transaction, RedisResult[] reply, DateTimeOffset now)
    {
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

    // The keys settle (RedisTransactionScripts) names K, in its order, after the transaction's.
    private RedisKey[] SettleKeys(string clientId) =>
        [BalanceKey(clientId), Key("rooms"), Key("due"), Key("final"), Key("fp:0"), Key("fp:1"), Key("order"), Key("txid"), Key("forgotten")];

    // How many forgotten keys each fingerprint generation holds (0: remember none).
    private long Generation => _options.RememberedRefIds <= 0 ? 0 : Math.Max(1, _options.RememberedRefIds / 2);

    private static long Long(RedisResult value) => long.Parse((string)value!, CultureInfo.InvariantCulture);

    private RedisKey Key(string name) => _redis.Key(name);

    private RedisKey BalanceKey(string clientId) => RedisClientLedger.KeyOf(_redis, clientId);

    private RedisKey TransactionKeyOf(TransactionKey key) => _keys.Transaction(key);

}
