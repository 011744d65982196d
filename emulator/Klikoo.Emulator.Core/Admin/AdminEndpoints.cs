using System.Reflection;
using Klikoo.Emulator.Clock;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.State;
using Klikoo.Emulator.Transactions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Klikoo.Emulator.Admin;

/// <summary>
/// The admin API under <c>/__admin</c> (WireMock's convention): JSON, ProblemDetails on errors, described by
/// OpenAPI at <c>/__admin/openapi.json</c>; without a token, for tools on this machine only (see <see cref="AdminAccessMiddleware"/>).
/// Each feature maps its own slice into <see cref="MapAdminGroup"/>; this maps what belongs to none: health, reset,
/// the dashboard and the OpenAPI document.
/// </summary>
public static class AdminEndpoints
{
    public const string Prefix = "/__admin";

    /// <summary>
    /// The admin API's rules, before any endpoint runs: ProblemDetails for an unexpected error, and the access guard
    /// (a middleware, not an endpoint filter: it must run before the framework reads a parameter or the body).
    /// </summary>
    public static IApplicationBuilder UseAdminAccess(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        return app.UseMiddleware<AdminAccessMiddleware>();
    }

    /// <summary>The group a feature maps its admin routes into: under <see cref="Prefix"/>, guarded, in the OpenAPI document.</summary>
    public static RouteGroupBuilder MapAdminGroup(this IEndpointRouteBuilder app) =>
        app.MapGroup(Prefix).WithMetadata(AdminAccessMiddleware.Guarded).WithTags("Admin");

    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder app)
    {
        var admin = app.MapAdminGroup();
        admin.MapGet("/health", Health).WithName("AdminHealth").WithSummary("Whether the emulator is up, with what it serves.");
        admin.MapPost("/reset", Reset).WithName("AdminReset").WithSummary("Forgets transactions, balances, journal, callback attempts and overrides; keeps fixtures and clock.");
        admin.MapDashboard();
        admin.MapOpenApi("/{documentName}.json");
        return app;
    }

    private static async Task<HealthReport> Health(FixtureStore fixtures, ITransactionStore transactions, EmulatorClock clock, HttpContext context)
    {
        var (count, pending, forgotten, state) = await CountsAsync(transactions, context.RequestServices);
        return new(
            Status: "ok",
            Version: typeof(AdminEndpoints).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion,
            Now: clock.GetUtcNow(),
            ClockFrozen: clock.IsFrozen,
            Fixtures: new(fixtures.Folder, fixtures.Current.Files.Count, fixtures.LastReload.Succeeded),
            Transactions: count,
            PendingTransactions: pending,
            ForgottenTransactions: forgotten,
            State: state);
    }

    // A shared store that fails is reported, not thrown: health must answer while Redis is away. Reachable says whether
    // Redis answers at all (the counts could be read); a refusal of writes (out of memory, WRONGTYPE) shows as the failure.
    private static async Task<(int Count, int Pending, long Forgotten, HealthReport.StateHealth State)> CountsAsync(ITransactionStore transactions, IServiceProvider services)
    {
        if (services.GetService<RedisState>() is not { } redis)
        {
            var held = await transactions.CountsAsync();
            return (held.Count, held.Pending, held.Forgotten, new("memory", true, null));
        }

        var replica = services.GetRequiredService<IOptions<StateOptions>>().Value.ReplicaName;
        var outage = services.GetRequiredService<RedisOutage>();
        try
        {
            var counts = await transactions.CountsAsync();
            var failure = outage.Current;
            return (counts.Count, counts.Pending, counts.Forgotten, new("redis", failure is null || !failure.Unanswered, replica, failure?.Diagnosis));
        }
        catch (Exception ex) when (outage.TryFail(ex, out var fault))
        {
            return (0, 0, 0, new("redis", !fault.Unanswered, replica, fault.Diagnosis));
        }
    }

    // Every store that registered itself as resettable state (see AdminServices.AddResettableState), whatever its feature.
    private static NoContent Reset(IEnumerable<IResettableState> states)
    {
        foreach (var state in states)
        {
            state.Reset();
        }

        return TypedResults.NoContent();
    }
}
