using Klikoo.Emulator.State;
using StackExchange.Redis;

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

    /// <summary>
    /// Lua: <c>next_id(counter, before first, highest seen, gap)</c> takes the next number. A missing counter with
    /// nothing seen is a new store; with something seen, a lost one, started again the gap above it. Shared by the
    /// counter script and the new-buy script, which numbers a transaction as it makes it.
    /// </summary>
    public const string NextIdFunction = """
        local function next_id(counter, first, seen, gap)
          if redis.call('EXISTS', counter) == 0 then
            if tonumber(seen) > tonumber(first) then
              redis.call('SET', counter, string.format('%d', tonumber(seen) + tonumber(gap)))
            else
              redis.call('SET', counter, first)
            end
          end
          return redis.call('INCR', counter)
        end

        """;

    // ARGV: the number before the first id, the highest this replica has seen, the gap, "1" to take the next id (else
    // only look, starting a lost counter again above what was seen).
    private const string Counter = NextIdFunction + """
        if ARGV[4] == '1' then return next_id(KEYS[1], ARGV[1], ARGV[2], ARGV[3]) end
        if redis.call('EXISTS', KEYS[1]) == 0 and tonumber(ARGV[2]) > tonumber(ARGV[1]) then
          redis.call('SET', KEYS[1], string.format('%d', tonumber(ARGV[2]) + tonumber(ARGV[3])))
        end
        return tonumber(redis.call('GET', KEYS[1]) or '0')
        """;

    private long _seen;

    // Kept, not deleted: a missing counter means Redis lost it (see above).
    public override void Reset() => redis.Database.StringSet(redis.Key("trxid"), Options.FirstId - 1);

    /// <summary>The counter's key.</summary>
    public RedisKey CounterKey => redis.Key("trxid");

    /// <summary>The arguments of <c>next_id</c> after the counter: the number before the first id, the highest seen, the gap.</summary>
    public RedisValue[] NextIdArguments => [Options.FirstId - 1, Volatile.Read(ref _seen), LossGap];

    /// <summary>Notes how far the counter is (every due poll), and starts it again above that if Redis lost it.</summary>
    public async ValueTask ObserveAsync() =>
        Seen((long)await redis.Database.ScriptEvaluateAsync(Counter, [CounterKey], [.. NextIdArguments, "0"]));

    // Never a number of this process: the shared counter's, taken by whichever script needs one.
    protected override long NextNumber() => throw new InvalidOperationException("The Redis store numbers transactions in its new-buy script.");

    /// <summary>Notes a number the counter gave out (the new-buy script takes them itself).</summary>
    public long Seen(long number)
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
