using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Transactions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Klikoo.Emulator.Hosting;

/// <summary><c>/__admin/clock</c>: read the emulator's time; set or advance it unless Klikoo:Clock:Fixed froze it.</summary>
internal static class ClockEndpoints
{
    public static RouteGroupBuilder MapClockAdmin(this RouteGroupBuilder admin)
    {
        admin.MapGet("/clock", Read).WithName("AdminClock").WithSummary("The emulator's time, in UTC and as Klikoo writes it (WIB).");
        admin.MapPut("/clock", Set).WithName("AdminClockSet").WithSummary("Sets the time; due transactions finish at once.");
        admin.MapPost("/clock/advance", Advance).WithName("AdminClockAdvance").WithSummary("Moves the time forward by seconds; due transactions finish at once.");
        return admin;
    }

    public sealed record ClockState(DateTimeOffset Now, string Wib, bool Frozen, double OffsetSeconds);

    public sealed record SetClockRequest(DateTimeOffset Now);

    public sealed record AdvanceClockRequest(double Seconds);

    private static ClockState Read(EmulatorClock clock)
    {
        var now = clock.GetUtcNow();
        return new ClockState(now, KlikooTimestamp.Format(now), clock.IsFrozen, clock.Offset.TotalSeconds);
    }

    private static Results<Ok<ClockState>, ProblemHttpResult> Set(SetClockRequest request, EmulatorClock clock, BuyHandler buys) =>
        Move(clock, buys, () => clock.Set(request.Now));

    private static Results<Ok<ClockState>, ProblemHttpResult> Advance(AdvanceClockRequest request, EmulatorClock clock, BuyHandler buys) =>
        Move(clock, buys, () => clock.Advance(TimeSpan.FromSeconds(request.Seconds)));

    private static Results<Ok<ClockState>, ProblemHttpResult> Move(EmulatorClock clock, BuyHandler buys, Action move)
    {
        if (clock.IsFrozen)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The clock is frozen", detail: "Klikoo:Clock:Fixed froze it; start without it to set or advance the clock.");
        }

        move();
        buys.FinishDue();
        return TypedResults.Ok(Read(clock));
    }
}
