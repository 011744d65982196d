using System.Globalization;
using Bogus;
using Klikoo.Emulator.Admin;
using Klikoo.Emulator.Seeding;

namespace Klikoo.Emulator.Transactions;

/// <summary>Gives out TRXIDs: a per-run counter, or UUIDs derived from the seed and that counter (never random ones).</summary>
internal sealed class TransactionIds(TransactionOptions options, int seed) : IResettableState
{
    private long _last = options.FirstId - 1;

    public string Next()
    {
        var number = Interlocked.Increment(ref _last);
        return options.Ids == TransactionIdStyle.Counter
            ? number.ToString(CultureInfo.InvariantCulture)
            : new Randomizer(StableSeed.For(seed, number.ToString(CultureInfo.InvariantCulture), "trxid")).Uuid().ToString();
    }

    public void Reset() => Interlocked.Exchange(ref _last, options.FirstId - 1);
}
