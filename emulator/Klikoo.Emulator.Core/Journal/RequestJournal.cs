using Klikoo.Emulator.Admin;

namespace Klikoo.Emulator.Journal;

/// <summary>
/// The last <see cref="JournalOptions.Capacity"/> public requests in a fixed ring. Writing takes no lock (one
/// interlocked increment and one compare-and-swap of a slot), so the journal adds nothing to the request path's contention and
/// never grows past its size, whatever the load. Each slot holds at most its share of <see cref="JournalOptions.MaxBytes"/>
/// (an entry over it is kept with its longest fields cut), so the ring's bytes are bounded whatever the requests' sizes.
/// </summary>
internal sealed class RequestJournal : IResettableState
{
    private readonly JournalEntry?[] _ring;
    private readonly long _entryBudget;
    private long _written;

    public RequestJournal(Microsoft.Extensions.Options.IOptions<JournalOptions> options, Microsoft.Extensions.Options.IOptions<State.StateOptions> state)
    {
        Replica = state.Value.ReplicaName;
        _ring = new JournalEntry?[Math.Max(0, options.Value.Capacity)];
        _entryBudget = _ring.Length == 0 ? 0 : options.Value.MaxBytes / _ring.Length;
    }

    /// <summary>This replica's name when replicas share state; null for a lone emulator.</summary>
    public string? Replica { get; }

    public bool Enabled => _ring.Length > 0;

    public int Capacity => _ring.Length;

    /// <summary>The bytes the entries in the ring take together (<see cref="JournalBudget.SizeOf"/>).</summary>
    public long AccountedBytes
    {
        get
        {
            long total = 0;
            foreach (var entry in _ring)
            {
                total += entry is null ? 0 : JournalBudget.SizeOf(entry);
            }

            return total;
        }
    }

    /// <summary>Reserves the next entry id; the entry is written with <see cref="Write"/>.</summary>
    public long NextId() => Interlocked.Increment(ref _written);

    public void Write(JournalEntry entry)
    {
        if (_ring.Length == 0)
        {
            return;
        }

        entry = JournalBudget.Fit(entry, _entryBudget);

        // Two writers whose ids are a ring's length apart share a slot; the slower one may come second. Only ever
        // replace an older entry, so the newer one is never lost (a plain write let the ring hold one too few).
        ref var slot = ref _ring[(entry.Id - 1) % _ring.Length];
        var current = Volatile.Read(ref slot);
        while (current is null || current.Id < entry.Id)
        {
            var seen = Interlocked.CompareExchange(ref slot, entry, current);
            if (ReferenceEquals(seen, current))
            {
                return;
            }

            current = seen;
        }
    }

    /// <summary>The entries still in the ring, newest first.</summary>
    public IReadOnlyList<JournalEntry> Snapshot()
    {
        var newest = Volatile.Read(ref _written);
        var entries = new List<JournalEntry>(Math.Min(_ring.Length, (int)Math.Min(newest, int.MaxValue)));
        for (var id = newest; id > 0 && id > newest - _ring.Length; id--)
        {
            // A slot may already hold a newer entry (overwritten) or not yet its own (still being written): skip both.
            if (Volatile.Read(ref _ring[(id - 1) % _ring.Length]) is { } entry && entry.Id == id)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    void IResettableState.Reset() => Clear();

    public void Clear() => Array.Clear(_ring);
}
