using Klikoo.Emulator.Clients;
using Klikoo.Emulator.State;
using StackExchange.Redis;

namespace Klikoo.Emulator.Transactions;

/// <summary>
/// Balances in Redis, one integer per client, starting from the clients fixture the first time a replica touches
/// it. A pinned balance is set, and charges are made, by the new-buy and resolve scripts (RedisTransactionScripts.Resolve) with DECRBY, never read and written
/// back from .NET.
/// </summary>
internal sealed class RedisClientLedger(RedisState redis) : IClientLedger
{
    private const string StartFromFixture = """
        redis.call('SET', KEYS[1], ARGV[1], 'NX')
        return redis.call('GET', KEYS[1])
        """;

    public static RedisKey KeyOf(RedisState redis, string clientId) => redis.Key("bal:" + clientId);

    public async ValueTask<long> BalanceOfAsync(ClientAccount partner) =>
        (long)await redis.Database.ScriptEvaluateAsync(StartFromFixture, [KeyOf(redis, partner.ClientId)], [partner.Balance]);

    /// <summary>Forgets every balance: each client starts again from its fixture balance.</summary>
    public void Reset() => redis.DeleteMatching("bal:*");
}
