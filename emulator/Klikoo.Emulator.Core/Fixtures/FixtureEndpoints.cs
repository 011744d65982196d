using Klikoo.Emulator.Admin;
using Klikoo.Emulator.Clock;

namespace Klikoo.Emulator.Fixtures;

/// <summary><c>/__admin/fixtures</c>: which files are served, and why the last reload failed, if it did.</summary>
public static class FixtureEndpoints
{
    /// <summary>How long a reload request waits for the outcome before answering that the reload is still running.</summary>
    public static readonly TimeSpan ReloadWait = TimeSpan.FromSeconds(2);

    public static IEndpointRouteBuilder MapFixtures(this IEndpointRouteBuilder app)
    {
        var admin = app.MapAdminGroup();
        admin.MapGet("/fixtures", Describe).WithName("AdminFixtures").WithSummary("The fixtures folder, its files and the last reload with its errors.");
        admin.MapPost("/fixtures/reload", ReloadAsync).WithName("AdminFixturesReload")
            .WithSummary("Reloads now; an invalid folder keeps the last good catalogue. 202 when the reload is still running after a moment; GET /__admin/fixtures shows its outcome.")
            .Produces<FixtureReload>()
            .Produces<ReloadRunning>(StatusCodes.Status202Accepted);
        return app;
    }

    /// <summary>What a reload request answers when the reload outlasts <see cref="ReloadWait"/>: it goes on, and the last outcome so far.</summary>
    public sealed record ReloadRunning(bool Reloading, FixtureReload LastReload);

    private static FixturesReport Describe(FixtureStore store)
    {
        var catalog = store.Current;
        return new FixturesReport(
            store.Folder,
            catalog.Files,
            Products: catalog.Products.Count,
            Families: catalog.CatalogueFamilies,
            Customers: catalog.CustomerCount,
            Clients: catalog.Clients.Count,
            Scenarios: [.. catalog.Scenarios.Rules.Select(r => new FixturesReport.ScenarioSummary(r.Name, r.Priority))],
            Reloading: store.IsReloading,
            LastReload: store.LastReload);
    }

    // A reload already running is joined, not queued: no request ever blocks a thread on it (many requests, one reload).
    private static async Task<IResult> ReloadAsync(FixtureStore store, CancellationToken aborted)
    {
        try
        {
            return TypedResults.Ok(await store.ReloadAsync().WaitAsync(ReloadWait, WallClock.Instance, aborted));
        }
        catch (TimeoutException)
        {
            return TypedResults.Accepted("/__admin/fixtures", new ReloadRunning(true, store.LastReload));
        }
    }
}
