using System.Globalization;
using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Admin;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Klikoo.Emulator.Clock;

/// <summary>
/// <c>/__admin/clock</c>: read, set or advance the emulator's time, also when Klikoo:Clock:Fixed froze it (docs/klikoo-interface.md#operating-contract);
/// a time outside <see cref="ClockOptions.Earliest"/>..<see cref="ClockOptions.Latest"/> is refused and not applied.
/// </summary>
public static class ClockEndpoints
{
    private static readonly string Range =
        $"between {ClockOptions.Earliest.ToString("O", CultureInfo.InvariantCulture)} and {ClockOptions.Latest.ToString("O", CultureInfo.InvariantCulture)}";

    public static IEndpointRouteBuilder MapClock(this IEndpointRouteBuilder app)
    {
        var admin = app.MapAdminGroup();
        admin.MapGet("/clock", Read).WithName("AdminClock").WithSummary("The emulator's time, in UTC and as Klikoo writes it (WIB).");
        admin.MapPut("/clock", Set).WithName("AdminClockSet")
            .WithMetadata(new AdminBodyExample("""{"now":"2025-01-01T08:00:00+07:00"}"""))
            .WithSummary("Sets the time, also a frozen clock; pending transactions that become due resolve at once.")
            .WithDescription($"The time must lie {Range}; otherwise 400 and the clock is unchanged.");
        admin.MapPost("/clock/advance", Advance).WithName("AdminClockAdvance")
            .WithMetadata(new AdminBodyExample("""{"seconds":30}"""))
            .WithSummary("Moves the time by seconds (back, when negative), also a frozen clock; pending transactions that become due resolve at once.")
            .WithDescription($"At most {ClockOptions.MaxAdvance.TotalSeconds.ToString(CultureInfo.InvariantCulture)} seconds (ten years) either way, and the result must lie {Range}; otherwise 400 and the clock is unchanged.");
        return app;
    }

    /// <param name="Now">The emulator's time, in UTC.</param>
    /// <param name="Wib">The same time as Klikoo writes it (WIB, UTC+07:00).</param>
    /// <param name="Frozen">Whether Klikoo:Clock:Fixed froze the clock: it moves only when set or advanced.</param>
    /// <param name="OffsetSeconds">How far setting and advancing moved the clock from its source.</param>
    public sealed record ClockState(DateTimeOffset Now, string Wib, bool Frozen, double OffsetSeconds);

    /// <param name="Now">The new time, ISO 8601 with offset, between 2000-01-01 and 2100-12-31 (UTC).</param>
    public sealed record SetClockRequest(DateTimeOffset Now);

    /// <param name="Seconds">How far to move the clock; negative moves it back; at most ten years either way.</param>
    public sealed record AdvanceClockRequest(double Seconds);

    private static ClockState Read(EmulatorClock clock)
    {
        var now = clock.GetUtcNow();
        return new ClockState(now, KlikooTimestamp.Format(now), clock.IsFrozen, clock.Offset.TotalSeconds);
    }

    private static async Task<Results<Ok<ClockState>, ValidationProblem>> Set(SetClockRequest request, EmulatorClock clock) =>
        clock.TrySet(request.Now)
            ? await MovedAsync(clock)
            : Refused("now", $"now must lie {Range}.");

    private static async Task<Results<Ok<ClockState>, ValidationProblem>> Advance(AdvanceClockRequest request, EmulatorClock clock)
    {
        var seconds = request.Seconds;
        if (!double.IsFinite(seconds) || Math.Abs(seconds) > ClockOptions.MaxAdvance.TotalSeconds)
        {
            return Refused("seconds", $"seconds must be a number from -{ClockOptions.MaxAdvance.TotalSeconds} to {ClockOptions.MaxAdvance.TotalSeconds} (ten years).");
        }

        return clock.TryAdvance(TimeSpan.FromSeconds(seconds))
            ? await MovedAsync(clock)
            : Refused("seconds", $"Moving by {seconds.ToString(CultureInfo.InvariantCulture)} s would take the clock outside its range: it must lie {Range}.");
    }

    // What became due was resolved as the clock moved (see EmulatorClock.OnMoved), on a shared store awaited here.
    private static async Task<Ok<ClockState>> MovedAsync(EmulatorClock clock)
    {
        await clock.SettleAsync();
        return TypedResults.Ok(Read(clock));
    }

    private static ValidationProblem Refused(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "The clock was not moved");
}
