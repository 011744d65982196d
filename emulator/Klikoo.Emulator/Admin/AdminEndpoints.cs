using System.Reflection;
using Klikoo.Emulator.Callbacks;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Hosting;
using Klikoo.Emulator.Journal;
using Klikoo.Emulator.Scenarios;
using Klikoo.Emulator.Transactions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Klikoo.Emulator.Admin;

/// <summary>
/// The admin API under <c>/__admin</c> (WireMock's convention): JSON, ProblemDetails on errors, described by
/// OpenAPI at <c>/__admin/openapi.json</c>; without a token, for tools on this machine only (see <see cref="AdminAccessFilter"/>).
/// </summary>
public static class AdminEndpoints
{
    public const string Prefix = "/__admin";

    public static WebApplication MapAdminEndpoints(this WebApplication app)
    {
        // A middleware, not an endpoint filter: it must run before the framework reads a parameter or the body.
        app.UseMiddleware<AdminAccessFilter>();
        var admin = app.MapGroup(Prefix).WithMetadata(AdminAccessFilter.Guarded).WithTags("Admin");
        admin.MapGet("/health", Health).WithName("AdminHealth").WithSummary("Whether the emulator is up, with what it serves.");
        admin.MapPost("/reset", Reset).WithName("AdminReset").WithSummary("Forgets transactions, balances, journal, callback attempts and overrides; keeps fixtures and clock.");
        admin.MapJournalAdmin();
        admin.MapTransactionAdmin();
        admin.MapClockAdmin();
        admin.MapOverrideAdmin();
        admin.MapFixtureAdmin();
        admin.MapCallbackAdmin();
        admin.MapDashboard();
        admin.MapOpenApi("/{documentName}.json");
        return app;
    }

    private static object Health(FixtureStore fixtures, TransactionStore transactions, EmulatorClock clock) => new
    {
        Status = "ok",
        Version = typeof(AdminEndpoints).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion,
        Now = clock.GetUtcNow(),
        ClockFrozen = clock.IsFrozen,
        Fixtures = new { fixtures.Folder, Files = fixtures.Current.Files.Count, fixtures.LastReload.Succeeded },
        Transactions = transactions.Count,
        PendingTransactions = transactions.Pending,
        ForgottenTransactions = transactions.Forgotten,
    };

    private static NoContent Reset(
        TransactionStore transactions, ClientLedger ledger, TransactionIds ids, RequestJournal journal, CallbackLog callbacks, OutcomeOverrides overrides)
    {
        transactions.Clear();
        ledger.Reset();
        ids.Reset();
        journal.Clear();
        callbacks.Clear();
        overrides.Clear();
        return TypedResults.NoContent();
    }
}
