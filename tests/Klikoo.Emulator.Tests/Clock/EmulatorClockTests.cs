using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Clock;
using Microsoft.Extensions.Time.Testing;

namespace Klikoo.Emulator.Tests.Clock;

/// <summary>The clock keeps to its range however it is moved, and reading it never throws, whatever its source says.</summary>
public sealed class EmulatorClockTests
{
    [TestCase(0L)]
    [TestCase(1L)]
    [TestCase(3_155_378_975_999_999_999L)]
    public void GetUtcNow_SourceAtTheEndsOfTime_StillWritesATimestamp(long sourceTicks)
    {
        var clock = new EmulatorClock(new FakeTimeProvider(new DateTimeOffset(sourceTicks, TimeSpan.Zero)), frozenByConfiguration: false);

        var write = () => KlikooTimestamp.Format(clock.GetUtcNow());

        write.Should().NotThrow();
    }

    [Test]
    public void TrySet_ThenSourceRunsToTheEndOfTime_StillWritesATimestamp()
    {
        var source = new FakeTimeProvider(new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var clock = new EmulatorClock(source, frozenByConfiguration: false);
        clock.TrySet(ClockOptions.Latest).Should().BeTrue();

        source.SetUtcNow(DateTimeOffset.MaxValue);

        ((Func<string>)(() => KlikooTimestamp.Format(clock.GetUtcNow()))).Should().NotThrow();
    }

    [Test]
    public async Task TryAdvance_ManyAtOnce_NeverPastTheRangeAndEveryAppliedOneCounted()
    {
        var start = new DateTimeOffset(2090, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var clock = new EmulatorClock(new FakeTimeProvider(start), frozenByConfiguration: true);
        var step = TimeSpan.FromDays(100);

        var applied = await Task.WhenAll(Enumerable.Range(0, 400).Select(_ => Task.Run(() => clock.TryAdvance(step))));

        var moves = applied.Count(a => a);
        clock.GetUtcNow().Should().Be(start + (moves * step)).And.BeOnOrBefore(ClockOptions.Latest);
        (clock.GetUtcNow() + step).Should().BeAfter(ClockOptions.Latest, "every move that still fitted was applied");
    }

    [TestCase(3653 * 86_400.0, true)]
    [TestCase((3653 * 86_400.0) + 1, false)]
    [TestCase(-3653 * 86_400.0, true)]
    public void TryAdvance_AtMostTenYearsEitherWay(double seconds, bool applies)
    {
        var clock = new EmulatorClock(new FakeTimeProvider(new DateTimeOffset(2050, 1, 1, 0, 0, 0, TimeSpan.Zero)), frozenByConfiguration: true);

        clock.TryAdvance(TimeSpan.FromSeconds(seconds)).Should().Be(applies);
    }

    [TestCase(null, true)]
    [TestCase("2024-11-29T10:59:32.076824+07:00", true)]
    [TestCase("2024-11-29T03:59:32Z", true)]
    [TestCase("2024-11-29T10:59:32-0300", true)]
    [TestCase("2024-11-29T10:59:32.076824", false)]
    [TestCase("2024-11-29T10:59", false)]
    [TestCase("2024-11-29", false)]
    public void HasOffset_ConfiguredFixedClock_OnlyWithAnOffsetOrUnset(string? configured, bool expected) =>
        ClockOptions.HasOffset(configured).Should().Be(expected);
}
