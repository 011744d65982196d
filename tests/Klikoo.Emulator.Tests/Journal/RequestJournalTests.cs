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

    private static JournalEntry Entry(long id) =>
        new(id, DateTimeOffset.UnixEpoch, "GET", "inquiry", "/v1/irs/inquiry", null, null, null, null, null, null, null, null, null, "R#.", 0);
}
