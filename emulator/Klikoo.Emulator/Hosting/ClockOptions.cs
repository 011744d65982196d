namespace Klikoo.Emulator.Hosting;

/// <summary>The <c>Klikoo:Clock</c> configuration section.</summary>
public sealed class ClockOptions
{
    /// <summary>
    /// Freezes the clock at this instant (ISO 8601 with offset, e.g. <c>2024-11-12T12:32:55.821005+07:00</c>),
    /// so every reply carries the same timestamp. Unset: the system clock.
    /// </summary>
    public DateTimeOffset? Fixed { get; set; }
}
