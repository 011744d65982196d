using Klikoo.Emulator.Bills;

namespace Klikoo.Emulator.Tests.Bills;

public sealed class ExpiringEntriesTests
{
    private static readonly DateTimeOffset Now = new(2024, 11, 12, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public void Set_BeyondCapacity_ForgetsTheOldestWritten()
    {
        var entries = new ExpiringEntries<int, int>(capacity: 3);

        for (var i = 0; i < 10; i++)
        {
            entries.Set(i, i, Now.AddDays(1), Now);
        }

        entries.Count.Should().Be(3);
        entries.TryGet(9, Now, out _).Should().BeTrue();
        entries.TryGet(6, Now, out _).Should().BeFalse();
    }

    [Test]
    public void Set_EntriesThatRanOut_ForgottenAsOthersAreWritten()
    {
        var entries = new ExpiringEntries<int, int>(capacity: 1000);
        for (var i = 0; i < 100; i++)
        {
            entries.Set(i, i, Now.AddMinutes(1), Now);
        }

        for (var i = 0; i < 30; i++)
        {
            entries.Set(1000 + i, i, Now.AddDays(1), Now.AddHours(1));
        }

        entries.Count.Should().Be(30);
    }

    [Test]
    public void Set_OneKeyWrittenOverAndOver_StaysBounded()
    {
        var entries = new ExpiringEntries<int, int>(capacity: 2);
        entries.Set(-1, 0, Now.AddDays(1), Now);

        for (var i = 0; i < 100_000; i++)
        {
            entries.Set(1, i, Now.AddDays(1), Now);
        }

        entries.Count.Should().Be(2);
        entries.TryGet(1, Now, out var last).Should().BeTrue();
        last.Should().Be(99_999);
    }
}
