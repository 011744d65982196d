using Klikoo.Emulator.State;

namespace Klikoo.Emulator.Transactions;

/// <summary>TRXIDs from one counter in Redis, so two replicas never give out the same id.</summary>
internal sealed class RedisTransactionIds(TransactionOptions options, int seed, RedisState redis) : TransactionIds(options, seed)
{
    private const string Increment = """
        redis.call('SET', KEYS[1], ARGV[1], 'NX')
        return redis.call('INCR', KEYS[1])
        """;

    public override void Reset() => redis.Database.KeyDelete(redis.Key("trxid"));

    protected override long NextNumber() =>
        (long)redis.Database.ScriptEvaluate(Increment, [redis.Key("trxid")], [Options.FirstId - 1]);
}
