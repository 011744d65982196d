using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Klikoo.Emulator.Transactions;

/// <summary>
/// The keys of forgotten transactions as 64-bit fingerprints (XxHash3): about 20 bytes each instead of a whole
/// transaction. Bounded too: two generations of at most half the capacity each, so at least the newest half of
/// <c>capacity</c> keys are always remembered and the oldest generation is dropped as a whole.
/// </summary>
/// <remarks>Two different keys share a fingerprint with a chance of about n / 2^64: none in any real run.</remarks>
internal sealed class RefIdFingerprints(int capacity)
{
    private readonly Lock _gate = new();
    private readonly int _generation = Math.Max(1, capacity / 2);
    private HashSet<ulong> _current = [];
    private HashSet<ulong> _previous = [];
    private long _added;

    public long Added => Interlocked.Read(ref _added);

    /// <summary>Remembers a key; returns how many were added since the last clear, this one included.</summary>
    public long Add(TransactionKey key)
    {
        if (capacity <= 0)
        {
            return Interlocked.Increment(ref _added);
        }

        var fingerprint = Of(key);
        lock (_gate)
        {
            if (_current.Count >= _generation)
            {
                // Sized once for a whole generation: growing a large set step by step leaves its old arrays behind.
                (_previous, _current) = (_current, new HashSet<ulong>(_generation));
            }

            _current.Add(fingerprint);
        }

        return Interlocked.Increment(ref _added);
    }

    public bool Contains(TransactionKey key)
    {
        var fingerprint = Of(key);
        lock (_gate)
        {
            return _current.Contains(fingerprint) || _previous.Contains(fingerprint);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _current = [];
            _previous = [];
        }

        Interlocked.Exchange(ref _added, 0);
    }

    private static ulong Of(TransactionKey key) =>
        XxHash3.HashToUInt64(MemoryMarshal.AsBytes(key.RefId.AsSpan()), (long)XxHash3.HashToUInt64(MemoryMarshal.AsBytes(key.ClientId.AsSpan())));
}
