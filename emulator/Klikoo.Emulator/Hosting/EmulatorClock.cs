namespace Klikoo.Emulator.Hosting;

/// <summary>
/// The clock every reply and transaction reads: the configured clock (system, frozen by Klikoo:Clock:Fixed, or a
/// test's fake) plus an offset the admin API can set or advance, unless the configuration froze it.
/// </summary>
public sealed class EmulatorClock(TimeProvider source, bool frozenByConfiguration) : TimeProvider
{
    private long _offsetTicks;

    /// <summary>Whether Klikoo:Clock:Fixed froze the clock; then it cannot be set or advanced.</summary>
    public bool IsFrozen => frozenByConfiguration;

    /// <summary>How far the admin API moved the clock from its source.</summary>
    public TimeSpan Offset => TimeSpan.FromTicks(Volatile.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => source.GetUtcNow() + Offset;

    public override long GetTimestamp() => source.GetTimestamp();

    public override long TimestampFrequency => source.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => source.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        source.CreateTimer(callback, state, dueTime, period);

    /// <summary>Moves the clock forward (or back, with a negative span).</summary>
    /// <exception cref="InvalidOperationException">The configuration froze the clock.</exception>
    public void Advance(TimeSpan by)
    {
        ThrowIfFrozen();
        Interlocked.Add(ref _offsetTicks, by.Ticks);
    }

    /// <summary>Sets the clock to <paramref name="now"/>; it runs on from there.</summary>
    /// <exception cref="InvalidOperationException">The configuration froze the clock.</exception>
    public void Set(DateTimeOffset now)
    {
        ThrowIfFrozen();
        Volatile.Write(ref _offsetTicks, (now - source.GetUtcNow()).Ticks);
    }

    private void ThrowIfFrozen()
    {
        if (frozenByConfiguration)
        {
            throw new InvalidOperationException("The clock is frozen by Klikoo:Clock:Fixed; restart without it to move the clock.");
        }
    }
}
