using System.Globalization;
using Bogus;
using Klikoo.Emulator.Admin;
using Klikoo.Emulator.Seeding;

namespace Klikoo.Emulator.Transactions;

/// <summary>Gives out TRXIDs: a per-run counter, or UUIDs derived from the seed and that counter (never random ones).</summary>
internal class TransactionIds(TransactionOptions options, int seed) : IResettableState
{
    private long _last = options.FirstId - 1;

    protected TransactionOptions Options => options;

    public string Next()
    {
        var number = NextNumber();
        return options.Ids == TransactionIdStyle.Counter
            ? number.ToString(CultureInfo.InvariantCulture)
            : new Randomizer(StableSeed.For(seed, number.ToString(CultureInfo.InvariantCulture), "trxid")).Uuid().ToString();
    }

    public virtual void Reset() => Interlocked.Exchange(ref _last, options.FirstId - 1);

    /// <summary>The next number of the run: this process's counter, or a shared one (RedisTransactionIds).</summary>
    protected virtual long NextNumber() => Interlocked.Increment(ref _last);
}
