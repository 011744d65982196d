namespace Klikoo.Emulator.Admin;

/// <summary><c>/__admin/ui</c>: a small page for QA over the admin API; one embedded file, no front-end build.</summary>
internal static class DashboardEndpoints
{
    private static readonly Lazy<byte[]> Page = new(() =>
    {
        using var stream = typeof(DashboardEndpoints).Assembly.GetManifestResourceStream("Klikoo.Emulator.Admin.Dashboard.html")
            ?? throw new InvalidOperationException("The dashboard page is not embedded in the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static RouteGroupBuilder MapDashboard(this RouteGroupBuilder admin)
    {
        admin.MapGet("/ui", () => Results.Bytes(Page.Value, "text/html; charset=utf-8"))
            .WithName("AdminDashboard")
            .WithSummary("The QA dashboard: journal, transactions with resolve buttons, fixture errors, overrides.")
            .ExcludeFromDescription();

        // /__admin and /__admin/ (routing ignores the trailing slash) lead to the dashboard, the token query kept.
        admin.MapGet("/", (HttpRequest request) => TypedResults.Redirect($"{AdminEndpoints.Prefix}/ui{request.QueryString}"))
            .WithName("AdminRoot")
            .ExcludeFromDescription();
        return admin;
    }
}
