using System.Globalization;
using Klikoo.Emulator.State;
using StackExchange.Redis;

namespace Klikoo.Emulator.Transactions;

/// <summary>
/// The names of the Redis store's keys (<see cref="RedisTransactionStore"/>). A client id's length comes first, so no
/// client id and ref_id pair can spell another's key.
/// </summary>
internal sealed class RedisTransactionKeys(RedisState redis)
{
    public RedisKey this[string name] => redis.Key(name);

    public RedisKey Transaction(TransactionKey key) =>
        redis.Key(string.Create(CultureInfo.InvariantCulture, $"tx:{key.ClientId.Length}:{key.ClientId}:{key.RefId}"));

    /// <summary>A client's transactions by creation number, so its history reads one page, not every transaction.</summary>
    public RedisKey OfClient(string clientId) =>
        redis.Key(string.Create(CultureInfo.InvariantCulture, $"txc:{clientId.Length}:{clientId}"));

    public static string IdField(string clientId, string transactionId) => clientId + "\n" + transactionId;

    // 64 bits of the key (XxHash3, as the in-memory store's RefIdFingerprints), kept in the transaction's hash so the
    // resolve script can remember it when it forgets the transaction.
    public static string Fingerprint(RedisKey key) =>
        System.IO.Hashing.XxHash3.HashToUInt64(System.Text.Encoding.UTF8.GetBytes((string)key!)).ToString("x16", CultureInfo.InvariantCulture);
}
