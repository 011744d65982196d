namespace Klikoo.Emulator.Clock;

/// <summary>
/// The clock every reply and transaction reads: the configured clock (system, frozen by Klikoo:Clock:Fixed, or a
/// test's fake) plus an offset the admin API and the test host set or advance, as FakeTimeProvider does. A frozen
/// clock moves only then; any other runs on from where it was put.
/// </summary>
/// <remarks>
/// Moves are refused outside <see cref="ClockOptions.Earliest"/>..<see cref="ClockOptions.Latest"/>, so every reply
/// can write its WIB timestamp. Reading never throws: whatever the source says, the time stays a day inside what
/// <see cref="DateTimeOffset"/> can hold.
/// </remarks>
public sealed class EmulatorClock(TimeProvider source, bool frozenByConfiguration) : TimeProvider
{
    private static readonly long MinTicks = DateTimeOffset.MinValue.UtcTicks + TimeSpan.TicksPerDay;
    private static readonly long MaxTicks = DateTimeOffset.MaxValue.UtcTicks - TimeSpan.TicksPerDay;
    private long _offsetTicks;
    private event Action? Moved;
    private event Func<Task>? MovedAsync;
    private Task _settling = Task.CompletedTask;

    /// <summary>Whether Klikoo:Clock:Fixed froze the clock: it does not tick by itself, but it can be set and advanced.</summary>
    public bool IsFrozen => frozenByConfiguration;

    /// <summary>How far the admin API moved the clock from its source.</summary>
    public TimeSpan Offset => TimeSpan.FromTicks(Volatile.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => At(Volatile.Read(ref _offsetTicks));

    public override long GetTimestamp() => source.GetTimestamp();

    public override long TimestampFrequency => source.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => source.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        source.CreateTimer(callback, state, dueTime, period);

    /// <summary>
    /// Moves the clock by <paramref name="by"/> (back, when negative); false, and nothing changes, when that is more
    /// than <see cref="ClockOptions.MaxAdvance"/> or would leave the clock outside its range.
    /// </summary>
    public bool TryAdvance(TimeSpan by)
    {
        if (by > ClockOptions.MaxAdvance || by < -ClockOptions.MaxAdvance)
        {
            return false;
        }

        while (true)
        {
            var offset = Volatile.Read(ref _offsetTicks);
            var moved = offset + by.Ticks;
            if (!ClockOptions.IsInRange(At(moved)))
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _offsetTicks, moved, offset) == offset)
            {
                Announce();
                return true;
            }
        }
    }

    /// <summary>Sets the clock to <paramref name="now"/>; false, and nothing changes, when it lies outside the clock's range.</summary>
    public bool TrySet(DateTimeOffset now)
    {
        if (!ClockOptions.IsInRange(now))
        {
            return false;
        }

        Volatile.Write(ref _offsetTicks, now.UtcTicks - source.GetUtcNow().UtcTicks);
        Announce();
        return true;
    }

    /// <summary>
    /// Takes the offset another replica set (docs/shared-state.md) without announcing a move: that replica resolves
    /// what became due, and every replica's due poller catches the rest.
    /// </summary>
    internal void Adopt(TimeSpan offset) => Volatile.Write(ref _offsetTicks, offset.Ticks);

    /// <summary>
    /// Calls <paramref name="handler"/> after every set or advance, on the caller's thread (what became due is
    /// resolved before the admin call answers); disposing the result unsubscribes.
    /// </summary>
    public IDisposable OnMoved(Action handler)
    {
        Moved += handler;
        return new Subscription(this, handler);
    }

    /// <summary>
    /// Calls <paramref name="handler"/> after every set or advance, on the caller's thread, for work that may wait (on
    /// a shared store): what completes at once is done before the move returns, the rest by <see cref="SettleAsync"/>.
    /// </summary>
    public IDisposable OnMoved(Func<Task> handler)
    {
        MovedAsync += handler;
        return new AsyncSubscription(this, handler);
    }

    /// <summary>Completes when what the last move set off (<see cref="OnMoved(Func{Task})"/>) is done: an admin call answers after it.</summary>
    public Task SettleAsync() => Volatile.Read(ref _settling);

    /// <summary>Moves the clock by <paramref name="by"/>, as <see cref="TryAdvance"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The move is too large or leaves the clock's range.</exception>
    public void Advance(TimeSpan by)
    {
        if (!TryAdvance(by))
        {
            throw new ArgumentOutOfRangeException(nameof(by), by, "The clock moves at most ClockOptions.MaxAdvance at a time and stays within ClockOptions.Earliest..Latest.");
        }
    }

    /// <summary>Sets the clock to <paramref name="now"/>, as <see cref="TrySet"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> lies outside the clock's range.</exception>
    public void Set(DateTimeOffset now)
    {
        if (!TrySet(now))
        {
            throw new ArgumentOutOfRangeException(nameof(now), now, "The clock stays within ClockOptions.Earliest..Latest.");
        }
    }

    // Both terms lie within ±DateTimeOffset.MaxValue.UtcTicks (offsets are differences of two instants plus at most
    // MaxAdvance), so the sum cannot overflow a long.
    private DateTimeOffset At(long offsetTicks) =>
        new(Math.Clamp(source.GetUtcNow().UtcTicks + offsetTicks, MinTicks, MaxTicks), TimeSpan.Zero);

    private void Announce()
    {
        Moved?.Invoke();
        if (MovedAsync is not { } handlers)
        {
            return;
        }

        var running = handlers.GetInvocationList().Select(h => ((Func<Task>)h)()).Where(t => !t.IsCompletedSuccessfully).ToArray();
        Volatile.Write(ref _settling, running.Length == 0 ? Task.CompletedTask : Task.WhenAll(running));
    }

    private sealed class AsyncSubscription(EmulatorClock clock, Func<Task> handler) : IDisposable
    {
        public void Dispose() => clock.MovedAsync -= handler;
    }

    private sealed class Subscription(EmulatorClock clock, Action handler) : IDisposable
    {
        public void Dispose() => clock.Moved -= handler;
    }
}
