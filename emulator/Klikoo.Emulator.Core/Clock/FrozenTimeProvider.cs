namespace Klikoo.Emulator.Clock;

/// <summary>A clock stopped at one instant, for <c>Klikoo:Clock:Fixed</c> (docs/klikoo-interface.md#operating-contract): replies are reproducible byte for byte.</summary>
internal sealed class FrozenTimeProvider(DateTimeOffset instant) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => instant.ToUniversalTime();

    public override long GetTimestamp() => instant.UtcTicks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    // Time does not pass, so nothing becomes due: pending transactions wait for a re-check or an admin resolve.
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => new StoppedTimer();

    private sealed class StoppedTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
