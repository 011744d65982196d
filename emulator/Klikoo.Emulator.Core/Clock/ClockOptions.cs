namespace Klikoo.Emulator.Clock;

/// <summary>The <c>Klikoo:Clock</c> configuration section, and the range every clock value must keep to.</summary>
public sealed class ClockOptions
{
    public const string Section = "Klikoo:Clock";

    /// <summary>The earliest instant the clock may be set or advanced to (and <see cref="Fixed"/> may name).</summary>
    public static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The latest instant the clock may be set or advanced to: the end of the year 2100, UTC.</summary>
    public static readonly DateTimeOffset Latest = new DateTimeOffset(2101, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(-1);

    /// <summary>The most one advance may move the clock, either way: ten years, leap days included.</summary>
    public static readonly TimeSpan MaxAdvance = TimeSpan.FromDays(3653);

    /// <summary>
    /// Freezes the clock at this instant (ISO 8601 with offset, e.g. <c>2024-11-12T12:32:55.821005+07:00</c>), so
    /// every reply carries the same timestamp: it does not tick by itself, but the admin API and the test host can
    /// still set and advance it. Unset: the system clock. Must lie between <see cref="Earliest"/> and <see cref="Latest"/>.
    /// </summary>
    public DateTimeOffset? Fixed { get; set; }

    /// <summary>
    /// Whether a configured <see cref="Fixed"/> value names its offset (<c>Z</c> or <c>+07:00</c>), or is not set. Without
    /// one, .NET reads it in the machine's time zone, so the same setting would give other lines on another machine.
    /// </summary>
    public static bool HasOffset(string? configured) =>
        string.IsNullOrWhiteSpace(configured) ||
        System.Text.RegularExpressions.Regex.IsMatch(configured.Trim(), @"T.*(Z|[+-]\d{2}(:?\d{2})?)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

    /// <summary>Whether <paramref name="instant"/> lies between <see cref="Earliest"/> and <see cref="Latest"/>.</summary>
    public static bool IsInRange(DateTimeOffset instant) => instant >= Earliest && instant <= Latest;
}
