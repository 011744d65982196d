using System.ComponentModel;
using Klikoo.Emulator.Admin;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Klikoo.Emulator.Journal;

/// <summary><c>/__admin/journal</c>: what partners sent and what they got, newest first, secrets masked.</summary>
public static class JournalEndpoints
{
    public static IEndpointRouteBuilder MapJournal(this IEndpointRouteBuilder app)
    {
        var admin = app.MapAdminGroup();
        admin.MapGet("/journal", List).WithName("AdminJournal").Paged().WithSummary("Recent public requests, newest first, one page; filter by operation, refId or to.");
        admin.MapDelete("/journal", Clear).WithName("AdminJournalClear").WithSummary("Empties the journal.");
        return app;
    }

    private static Results<Ok<List<JournalEntry>>, ValidationProblem> List(
        HttpResponse response,
        RequestJournal journal,
        [Description("Only inquiry or only buy requests.")] string? operation,
        [Description("Only the requests with this ref_id.")] string? refId,
        [Description("Only the requests to this destination.")] string? to,
        [Description(AdminPage.LimitDescription)] int? limit,
        [Description(AdminPage.OffsetDescription)] int? offset)
    {
        if (AdminPage.Check(limit, offset) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var matching = journal.Snapshot()
            .Where(e => operation is null || string.Equals(e.Operation, operation, StringComparison.OrdinalIgnoreCase))
            .Where(e => refId is null || e.RefId == refId)
            .Where(e => to is null || e.To == to);
        return TypedResults.Ok(AdminPage.Of(response, matching, limit, offset));
    }

    private static NoContent Clear(RequestJournal journal)
    {
        journal.Clear();
        return TypedResults.NoContent();
    }
}
