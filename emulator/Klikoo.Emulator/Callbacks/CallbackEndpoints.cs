namespace Klikoo.Emulator.Callbacks;

/// <summary><c>/__admin/callbacks</c>: every attempt to deliver a report to a partner.</summary>
internal static class CallbackEndpoints
{
    public static RouteGroupBuilder MapCallbackAdmin(this RouteGroupBuilder admin)
    {
        admin.MapGet("/callbacks", (CallbackLog log, string? refId) => log.Snapshot().Where(a => refId is null || a.RefId == refId).Reverse())
            .WithName("AdminCallbacks")
            .WithSummary("Callback delivery attempts, newest first.");
        return admin;
    }
}
