using Microsoft.AspNetCore.Http.HttpResults;

namespace Klikoo.Emulator.Journal;

/// <summary><c>/__admin/journal</c>: what partners sent and what they got, newest first, secrets masked.</summary>
internal static class JournalEndpoints
{
    private const int DefaultLimit = 100;

    public static RouteGroupBuilder MapJournalAdmin(this RouteGroupBuilder admin)
    {
        admin.MapGet("/journal", List).WithName("AdminJournal").WithSummary("Recent public requests, newest first; filter by operation, refId or to.");
        admin.MapDelete("/journal", Clear).WithName("AdminJournalClear").WithSummary("Empties the journal.");
        return admin;
    }

    private static IEnumerable<JournalEntry> List(RequestJournal journal, string? operation, string? refId, string? to, int? limit) =>
        journal.Snapshot()
            .Where(e => operation is null || string.Equals(e.Operation, operation, StringComparison.OrdinalIgnoreCase))
            .Where(e => refId is null || e.RefId == refId)
            .Where(e => to is null || e.To == to)
            .Take(Math.Clamp(limit ?? DefaultLimit, 1, Math.Max(1, journal.Capacity)));

    private static NoContent Clear(RequestJournal journal)
    {
        journal.Clear();
        return TypedResults.NoContent();
    }
}
