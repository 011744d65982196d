
namespace Klikoo.Emulator.Journal;

/// <summary>
/// What one journal entry may take of <see cref="JournalOptions.MaxBytes"/>, and its fields cut to fit. Sizes are
/// counted as the managed heap holds them (UTF-16 text and object headers), rounded up, so the sum over the ring
/// is an upper bound of the memory the journal keeps (docs/limits.md#the-journal).
/// </summary>
internal static class JournalBudget
{
    /// <summary>The least an entry may be given: its fields cut still show what was sent.</summary>
    public const long MinEntryBytes = 4096;

    /// <summary>The most <see cref="JournalOptions.MaxBytes"/> may be.</summary>
    public const long MaxBytes = 16L * 1024 * 1024 * 1024;

    // The entry object: header, 16 references, a long, a DateTimeOffset and a double, rounded up.
    private const long EntryOverhead = 192;

    // A string's header, length and terminator, rounded up to the heap's 8-byte alignment.
    private const long StringOverhead = 32;

    /// <summary>The bytes <paramref name="entry"/> takes, counting each of its strings whole.</summary>
    public static long SizeOf(JournalEntry entry)
    {
        var size = EntryOverhead;
        foreach (var field in Fields(entry))
        {
            size += field is null ? 0 : StringOverhead + (2L * field.Length);
        }

        return size;
    }

    /// <summary>
    /// <paramref name="entry"/> as the journal may keep it in <paramref name="budget"/> bytes: itself when it fits,
    /// else with its longest fields cut to share what is left, each cut one ending in <c>…(1000000 chars)</c>.
    /// </summary>
    public static JournalEntry Fit(JournalEntry entry, long budget)
    {
        if (SizeOf(entry) <= budget)
        {
            return entry;
        }

        var fields = Fields(entry);
        var allowed = Allot(fields, (budget - EntryOverhead - (fields.Count(f => f is not null) * StringOverhead)) / 2);
        string? Cut(int i) => CutTo(fields[i], allowed[i]);
        return entry with
        {
            Method = Cut(0)!, Operation = Cut(1)!, Path = Cut(2)!, ClientId = Cut(3), ClientSecret = Cut(4), Pin = Cut(5), Idrs = Cut(6),
            ProductCode = Cut(7), RefId = Cut(8), To = Cut(9), Amount = Cut(10), SellingPrice = Cut(11), Reply = Cut(12)!,
            Fault = Cut(13), Diagnosis = Cut(14), Replica = Cut(15),
        };
    }

    // Short fields keep their length; the longer ones share what is left equally. With the 4096 bytes an entry has
    // at least (JournalServices), every cut field gets over 100 characters, room for its marker.
    private static long[] Allot(string?[] fields, long characters)
    {
        var allowed = new long[fields.Length];
        var byLength = Enumerable.Range(0, fields.Length).Where(i => fields[i] is not null).OrderBy(i => fields[i]!.Length).ToArray();
        for (var n = 0; n < byLength.Length; n++)
        {
            var share = characters / (byLength.Length - n);
            allowed[byLength[n]] = Math.Min(fields[byLength[n]]!.Length, share);
            characters -= allowed[byLength[n]];
        }

        return allowed;
    }

    private static string? CutTo(string? field, long length)
    {
        if (field is null || field.Length <= length)
        {
            return field;
        }

        var marker = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"…({field.Length} chars)");
        var keep = (int)Math.Max(0, length - marker.Length);

        // Never half a surrogate pair: the journal's JSON must stay valid text.
        if (keep > 0 && char.IsHighSurrogate(field[keep - 1]))
        {
            keep--;
        }

        return string.Concat(field.AsSpan(0, keep), marker);
    }

    private static string?[] Fields(JournalEntry e) =>
        [e.Method, e.Operation, e.Path, e.ClientId, e.ClientSecret, e.Pin, e.Idrs, e.ProductCode, e.RefId, e.To, e.Amount, e.SellingPrice, e.Reply, e.Fault, e.Diagnosis, e.Replica];
}
