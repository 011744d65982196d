namespace Klikoo.Emulator.Bills;

/// <summary>
/// Entries that run out at a time of the emulator's clock, at most <c>capacity</c> of them: beyond it the oldest
/// written is forgotten, and each write forgets a few that ran out, so memory stays bounded under any load. A
/// short lock per call; nothing inside waits.
/// </summary>
internal sealed class ExpiringEntries<TKey, TValue>(int capacity)
    where TKey : notnull
{
    private const int SweepPerWrite = 4;

    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, Entry> _entries = [];
    private readonly Queue<(TKey Key, long Written)> _order = new();
    private long _writes;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The value of <paramref name="key"/> while it lasts; an entry that ran out is forgotten.</summary>
    public bool TryGet(TKey key, DateTimeOffset now, out TValue value)
    {
        lock (_gate)
        {
            return TryGetLocked(key, now, out value);
        }
    }

    public void Set(TKey key, TValue value, DateTimeOffset until, DateTimeOffset now)
    {
        lock (_gate)
        {
            SetLocked(key, value, until, now);
        }
    }

    /// <summary>
    /// Sets <paramref name="key"/> when <paramref name="allowed"/> says so of its live value (default when none), as
    /// one step; the result says whether it was set.
    /// </summary>
    public bool TrySet(TKey key, Func<TValue?, bool> allowed, TValue value, DateTimeOffset until, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (!allowed(TryGetLocked(key, now, out var held) ? held : default))
            {
                return false;
            }

            SetLocked(key, value, until, now);
            return true;
        }
    }

    /// <summary>Removes <paramref name="key"/> when <paramref name="matches"/> says so of its value.</summary>
    public void RemoveIf(TKey key, Func<TValue, bool> matches)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var entry) && matches(entry.Value))
            {
                _entries.Remove(key);
            }
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
            _order.Clear();
        }
    }

    private bool TryGetLocked(TKey key, DateTimeOffset now, out TValue value)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            if (now < entry.Until)
            {
                value = entry.Value;
                return true;
            }

            _entries.Remove(key);
        }

        value = default!;
        return false;
    }

    private void SetLocked(TKey key, TValue value, DateTimeOffset until, DateTimeOffset now)
    {
        var written = ++_writes;
        _entries[key] = new(value, until, written);
        _order.Enqueue((key, written));

        // The queue holds one item per write: an item whose entry was written again since, or removed, is passed over.
        for (var swept = 0; _order.TryPeek(out var oldest) && (_entries.Count > capacity || swept < SweepPerWrite); swept++)
        {
            if (!_entries.TryGetValue(oldest.Key, out var entry) || entry.Written != oldest.Written)
            {
                _order.Dequeue();
                continue;
            }

            if (_entries.Count <= capacity && now < entry.Until)
            {
                break;
            }

            _order.Dequeue();
            _entries.Remove(oldest.Key);
        }

        // Items of entries written again pile up behind a live oldest one: past twice the capacity, only the live remain.
        if (_order.Count > 2 * Math.Max(capacity, SweepPerWrite))
        {
            var live = _entries.OrderBy(e => e.Value.Written).Select(e => (e.Key, e.Value.Written)).ToList();
            _order.Clear();
            foreach (var item in live)
            {
                _order.Enqueue(item);
            }
        }
    }

    private readonly record struct Entry(TValue Value, DateTimeOffset Until, long Written);
}
