using System.ComponentModel;
using Klikoo.Emulator.Admin;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Klikoo.Emulator.Callbacks;

/// <summary><c>/__admin/callbacks</c>: every attempt to deliver a report to a partner.</summary>
public static class CallbackEndpoints
{
    public static IEndpointRouteBuilder MapCallbacks(this IEndpointRouteBuilder app)
    {
        var admin = app.MapAdminGroup();
        admin.MapGet("/callbacks", List)
            .WithName("AdminCallbacks")
            .Paged()
            .WithSummary("Callback delivery attempts, newest first, one page.");
        return app;
    }

    private static Results<Ok<List<CallbackAttempt>>, ValidationProblem> List(
        HttpResponse response,
        CallbackLog log,
        [Description("Only the attempts to report this ref_id.")] string? refId,
        [Description(AdminPage.LimitDescription)] int? limit,
        [Description(AdminPage.OffsetDescription)] int? offset)
    {
        if (AdminPage.Check(limit, offset) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var newestFirst = log.Snapshot().Reverse().Where(a => refId is null || a.RefId == refId);
        return TypedResults.Ok(AdminPage.Of(response, newestFirst, limit, offset));
    }
}
