namespace Klikoo.Emulator.Fixtures;

/// <summary><c>/__admin/fixtures</c>: which files are served, and why the last reload failed, if it did.</summary>
internal static class FixtureEndpoints
{
    public static RouteGroupBuilder MapFixtureAdmin(this RouteGroupBuilder admin)
    {
        admin.MapGet("/fixtures", Describe).WithName("AdminFixtures").WithSummary("The fixtures folder, its files and the last reload with its errors.");
        admin.MapPost("/fixtures/reload", (FixtureStore store) => store.Reload()).WithName("AdminFixturesReload").WithSummary("Reloads now; an invalid folder keeps the last good catalogue.");
        return admin;
    }

    private static object Describe(FixtureStore store) => new
    {
        store.Folder,
        store.Current.Files,
        Products = store.Current.Products.Count,
        Customers = store.Current.CustomerCount,
        Clients = store.Current.Clients.Count,
        Scenarios = store.Current.Scenarios.Rules.Select(r => new { r.Name, r.Priority }),
        store.LastReload,
    };
}
