using Klikoo.Emulator.State;

namespace Klikoo.Emulator.Transactions;

/// <summary>
/// TRXIDs from one counter in Redis, so two replicas never give out the same id. Each replica remembers the highest
/// number it has seen the counter reach (its own ids, and a look on every due poll): should Redis lose the counter
/// (FLUSHALL, a restart without its data) while replicas run, the first replica to notice starts it again
/// <see cref="LossGap"/> above that, past anything another replica gave out since it last looked
/// (docs/shared-state.md#when-redis-loses-its-data). An admin reset is a new run: the counter starts again at
/// <see cref="TransactionOptions.FirstId"/>, as in memory.
/// </summary>
internal sealed class RedisTransactionIds(TransactionOptions options, int seed, RedisState redis) : TransactionIds(options, seed)
{
    /// <summary>Far more ids than all replicas give out between two due polls of one of them.</summary>
    public const long LossGap = 1_000_000;

    // ARGV: the number before the first id, the highest this replica has seen, the gap, "1" to take the next id.
    // A missing counter with nothing seen is a new store; with something seen, a lost one.
    private const string Counter = """
        if redis.call('EXISTS', KEYS[1]) == 0 then
          local seen = tonumber(ARGV[2])
          if seen > tonumber(ARGV[1]) then
            redis.call('SET', KEYS[1], string.format('%d', seen + tonumber(ARGV[3])))
          elseif ARGV[4] == '1' then
            redis.call('SET', KEYS[1], ARGV[1])
          end
        end
        if ARGV[4] == '1' then return redis.call('INCR', KEYS[1]) end
        return tonumber(redis.call('GET', KEYS[1]) or '0')
        """;

    private long _seen;

    // Kept, not deleted: a missing counter means Redis lost it (see above).
    public override void Reset() => redis.Database.StringSet(redis.Key("trxid"), Options.FirstId - 1);

    /// <summary>Notes how far the counter is (every due poll), and starts it again above that if Redis lost it.</summary>
    public void Observe() => Seen(Evaluate(take: false));

    protected override long NextNumber() => Seen(Evaluate(take: true));

    private long Evaluate(bool take) =>
        (long)redis.Database.ScriptEvaluate(Counter, [redis.Key("trxid")], [Options.FirstId - 1, Volatile.Read(ref _seen), LossGap, take ? "1" : "0"]);

    private long Seen(long number)
    {
        var seen = Volatile.Read(ref _seen);
        while (number > seen)
        {
            var was = Interlocked.CompareExchange(ref _seen, number, seen);
            if (was == seen)
            {
                break;
            }

            seen = was;
        }

        return number;
    }
}
