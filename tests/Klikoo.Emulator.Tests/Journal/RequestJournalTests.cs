using Klikoo.Emulator.Journal;
using Microsoft.Extensions.Options;

namespace Klikoo.Emulator.Tests.Journal;

/// <summary>The journal's lock-free ring: bounded, newest first, and never losing a newer entry to an older one.</summary>
public sealed class RequestJournalTests
{
    [Test]
    public void Write_OlderEntryArrivesAfterANewerOneForTheSameSlot_TheNewerStays()
    {
        var journal = new RequestJournal(Options.Create(new JournalOptions { Capacity = 2 }), Options.Create(new Klikoo.Emulator.State.StateOptions()));
        var ids = Enumerable.Range(0, 3).Select(_ => journal.NextId()).ToArray();

        // Ids 1 and 3 share a slot in a ring of two; the writer of 1 was slower than the writer of 3.
        journal.Write(Entry(ids[2]));
        journal.Write(Entry(ids[1]));
        journal.Write(Entry(ids[0]));

        journal.Snapshot().Select(e => e.Id).Should().Equal(3, 2);
    }

    [Test]
    public async Task Write_ManyWritersRacing_TheRingHoldsExactlyTheNewestCapacity()
    {
        const int capacity = 16;
        var journal = new RequestJournal(Options.Create(new JournalOptions { Capacity = capacity }), Options.Create(new Klikoo.Emulator.State.StateOptions()));

        // Each writer takes its id, then writes late or early at random, as requests finishing in any order do.
        await Parallel.ForAsync(0, 20_000, async (i, _) =>
        {
            var id = journal.NextId();
            if (i % 3 == 0)
            {
                await Task.Yield();
            }

            journal.Write(Entry(id));
        });

        journal.Snapshot().Select(e => e.Id).Should().Equal(Enumerable.Range(20_000 - capacity + 1, capacity).Reverse().Select(i => (long)i));
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void Write_GeneratedEntriesWithHugeFields_AccountedBytesWithinMaxBytesNewestKeptFieldsMarked(int seed)
    {
        const int capacity = 24;
        const long maxBytes = capacity * 4096;
        var random = new Random(seed);
        var journal = new RequestJournal(Options.Create(new JournalOptions { Capacity = capacity, MaxBytes = maxBytes }), Options.Create(new Klikoo.Emulator.State.StateOptions()));
        int[] sizes = [0, 1, 40, 700, 5_000, 70_000, 1_000_000];

        for (var i = 0; i < 600; i++)
        {
            string Field() => new((char)('a' + random.Next(26)), sizes[random.Next(sizes.Length)]);
            var sent = new JournalEntry(
                journal.NextId(), DateTimeOffset.UnixEpoch, "POST", "buy", "/v1/irs/" + Field(), Field(), JournalEntry.Masked, null, Field(), Field(), Field(), Field(), Field(), Field(),
                "R#" + Field(), 1, null, Field());
            journal.Write(sent);

            var kept = journal.Snapshot()[0];
            journal.AccountedBytes.Should().BeLessThanOrEqualTo(maxBytes, $"seed {seed} entry {i}");
            kept.Id.Should().Be(sent.Id, $"seed {seed} entry {i}: the newest entry is kept");
            foreach (var (original, stored) in Fields(sent).Zip(Fields(kept)))
            {
                if (original is not null && stored != original)
                {
                    var marker = $"…({original.Length} chars)";
                    stored.Should().EndWith(marker, $"seed {seed} entry {i}");
                    original.Should().StartWith(stored![..^marker.Length], $"seed {seed} entry {i}: a cut field keeps its beginning");
                }
            }
        }

        journal.Snapshot().Select(e => e.Id).Should().Equal(Enumerable.Range(600 - capacity + 1, capacity).Reverse().Select(i => (long)i));
    }

    [Test]
    public void Write_EntryWithinItsShare_KeptAsWritten()
    {
        var journal = new RequestJournal(Options.Create(new JournalOptions { Capacity = 4, MaxBytes = 4 * 4096 }), Options.Create(new Klikoo.Emulator.State.StateOptions()));
        var entry = Entry(journal.NextId()) with { RefId = new string('r', 1000) };

        journal.Write(entry);

        journal.Snapshot()[0].Should().BeSameAs(entry);
    }

    private static string?[] Fields(JournalEntry e) =>
        [e.Method, e.Operation, e.Path, e.ClientId, e.ClientSecret, e.Pin, e.Idrs, e.ProductCode, e.RefId, e.To, e.Amount, e.SellingPrice, e.Reply, e.Fault, e.Diagnosis, e.Replica];

    private static JournalEntry Entry(long id) =>
        new(id, DateTimeOffset.UnixEpoch, "GET", "inquiry", "/v1/irs/inquiry", null, null, null, null, null, null, null, null, null, "R#.", 0);
}
