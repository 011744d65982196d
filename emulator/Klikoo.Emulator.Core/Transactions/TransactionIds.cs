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

    public string Next() => Format(NextNumber());

    /// <summary>Whether an id is the counter's number as it is (else a UUID derived from it).</summary>
    public bool IsCounter => options.Ids == TransactionIdStyle.Counter;

    /// <summary>The TRXID of the run's <paramref name="number"/>th id in the configured style.</summary>
    public string Format(long number) => IsCounter
        ? number.ToString(CultureInfo.InvariantCulture)
        : new Randomizer(StableSeed.For(seed, number.ToString(CultureInfo.InvariantCulture), "trxid")).Uuid().ToString();

    public virtual void Reset() => Interlocked.Exchange(ref _last, options.FirstId - 1);

    /// <summary>The next number of this process's run. The Redis store numbers its transactions in its new-buy script instead (RedisTransactionIds).</summary>
    protected virtual long NextNumber() => Interlocked.Increment(ref _last);
}
