namespace Klikoo.Emulator.Hosting;

/// <summary>A clock stopped at one instant, for <c>Klikoo:Clock:Fixed</c> (SPEC C): replies are reproducible byte for byte.</summary>
internal sealed class FrozenTimeProvider(DateTimeOffset instant) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => instant.ToUniversalTime();

    public override long GetTimestamp() => instant.UtcTicks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;
}
