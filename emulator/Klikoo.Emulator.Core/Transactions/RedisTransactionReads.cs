using Klikoo.Emulator.State;
using StackExchange.Redis;

namespace Klikoo.Emulator.Transactions;

/// <summary>
/// Reading many transactions from Redis (<see cref="RedisTransactionStore"/>): a page through an index reads only its
/// own hashes; a key that is no transaction the emulator can read (set by hand, or damaged) is skipped, so it never
/// stops a list, a history or the due poll. The due poll takes such a key out of the due set and names it once.
/// </summary>
internal sealed class RedisTransactionReads(RedisState redis, RedisTransactionHash hash, RedisTransactionKeys keys, ILogger logger)
{
    private const int Chunk = 500;

    // KEYS: transactions. One reply per key: its fields, none when it is missing, nil when it is no hash.
    private const string ReadMany = """
        local out = {}
        for i, k in ipairs(KEYS) do
          local t = redis.call('TYPE', k).ok
          if t == 'hash' then out[i] = redis.call('HGETALL', k) elseif t == 'none' then out[i] = {} else out[i] = false end
        end
        return out
        """;

    private IDatabase Db => redis.Database;

    /// <summary>The page of the client's (or every) transactions in creation order, or newest first, matching <paramref name="filter"/>.</summary>
    public async ValueTask<TransactionPage> PageAsync(string? clientId, Func<Transaction, bool>? filter, bool newestFirst, long skip, int take)
    {
        var index = clientId is null ? keys["order"] : keys.OfClient(clientId);
        var order = newestFirst ? Order.Descending : Order.Ascending;
        if (filter is not null)
        {
            // A search has to look at every transaction of the index; in chunks, so memory stays bounded.
            var matches = new List<Transaction>(take);
            var total = 0;
            for (long start = 0; ; start += Chunk)
            {
                var chunk = await Db.SortedSetRangeByRankAsync(index, start, start + Chunk - 1, order);
                foreach (var transaction in await LoadAsync(chunk, fromDue: false))
                {
                    if (filter(transaction) && total++ >= skip && matches.Count < take)
                    {
                        matches.Add(transaction);
                    }
                }

                if (chunk.Length < Chunk)
                {
                    return new(matches, total);
                }
            }
        }

        var count = await Db.SortedSetLengthAsync(index);
        var items = skip >= count ? [] : await LoadAsync(await Db.SortedSetRangeByRankAsync(index, skip, skip + take - 1, order), fromDue: false);
        return new(items, (int)Math.Min(count, int.MaxValue));
    }

    public IEnumerable<Transaction> Scan(RedisKey index, Order order)
    {
        for (long start = 0; ; start += Chunk)
        {
            var chunk = Db.SortedSetRangeByRank(index, start, start + Chunk - 1, order);
            foreach (var transaction in Load(chunk, fromDue: false))
            {
                yield return transaction;
            }

            if (chunk.Length < Chunk)
            {
                yield break;
            }
        }
    }

    /// <summary>The transactions at <paramref name="transactionKeys"/>, in one round trip.</summary>
    public List<Transaction> Load(RedisValue[] transactionKeys, bool fromDue) =>
        transactionKeys.Length == 0 ? [] : Loaded(transactionKeys, (RedisResult[])Db.ScriptEvaluate(ReadMany, KeysOf(transactionKeys))!, fromDue);

    /// <summary>The transactions at <paramref name="transactionKeys"/>, in one round trip.</summary>
    public async ValueTask<List<Transaction>> LoadAsync(RedisValue[] transactionKeys, bool fromDue) =>
        transactionKeys.Length == 0 ? [] : Loaded(transactionKeys, (RedisResult[])(await Db.ScriptEvaluateAsync(ReadMany, KeysOf(transactionKeys)))!, fromDue);

    private static RedisKey[] KeysOf(RedisValue[] values) => Array.ConvertAll(values, v => (RedisKey)(string)v!);

    private List<Transaction> Loaded(RedisValue[] transactionKeys, RedisResult[] reads, bool fromDue)
    {
        var loaded = new List<Transaction>(reads.Length);
        for (var i = 0; i < reads.Length; i++)
        {
            string? problem;
            Transaction? transaction = null;
            if (reads[i].IsNull)
            {
                problem = "it is not a hash";
            }
            else
            {
                problem = hash.TryLoad(RedisTransactionHash.Entries((RedisResult[])reads[i]!), out transaction);
            }

            // Every later step (resolving it, its report) finds it by the key its client and ref_id make.
            if (transaction is not null && (string?)keys.Transaction(transaction.Key) != (string?)transactionKeys[i])
            {
                (transaction, problem) = (null, "its client and ref_id do not make its key");
            }

            // In the due set yet never to resolve by time: a resolved one there was already taken out by its script.
            if (fromDue && transaction is not null && (transaction.Status != Klikoo.Contracts.Lines.TransactionStatus.InProgress || transaction.ResolveAt is null))
            {
                (transaction, problem) = (null, "it is final, or has no due time");
            }

            if (transaction is not null)
            {
                loaded.Add(transaction);
            }
            else if (problem is not null && fromDue)
            {
                Quarantine(transactionKeys[i], problem);
            }
        }

        return loaded;
    }

    // Out of the due set (and the pending rooms) for good: it would fail every poll of every replica. Only the replica
    // whose ZREM took it out names it, so it is reported once.
    private void Quarantine(RedisValue key, string problem)
    {
        Db.SetRemove(keys["rooms"], key);
        if (Db.SortedSetRemove(keys["due"], key))
        {
            TransactionLog.UnreadableTransaction(logger, (string)key!, problem);
        }
    }
}
