using Klikoo.Emulator.Admin;
using Klikoo.Emulator.Clock;
using Klikoo.Emulator.Fixtures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Klikoo.Emulator.Scenarios;

/// <summary><c>/__admin/overrides</c>: force the next buy's outcome for a ref_id or destination, at run time.</summary>
public static class ScenarioEndpoints
{
    public static IEndpointRouteBuilder MapScenarios(this IEndpointRouteBuilder app)
    {
        var admin = app.MapAdminGroup();
        admin.MapGet("/overrides", (IOutcomeOverrides overrides) => overrides.Snapshot()).WithName("AdminOverrides").WithSummary("Overrides waiting for their buy.");
        admin.MapPost("/overrides", Add).WithName("AdminOverrideAdd").WithSummary("The next buy for refId or to ends as given, whatever the scenarios say.")
            .WithMetadata(new AdminBodyExample("""{"to":"081234567890","result":"failed","reason":"Supplier sedang gangguan"}"""));
        admin.MapDelete("/overrides/{id}", Remove).WithName("AdminOverrideDelete").WithSummary("Removes an unused override.");
        return app;
    }

    /// <param name="RefId">The ref_id it applies to; or</param>
    /// <param name="To">the destination it applies to (at least one).</param>
    /// <param name="Result">success, failed or pending.</param>
    /// <param name="PendingFor">Seconds INPROGRESS before the result.</param>
    /// <param name="Reason">The FAILED reason.</param>
    /// <param name="Sn">Pins the SN.</param>
    /// <param name="TrxId">Pins the TRXID.</param>
    public sealed record OverrideRequest(string? RefId, string? To, string Result, int? PendingFor, string? Reason, string? Sn, string? TrxId);

    // As a request may send them (ref_id, destination) or a fixture may hold them (reason, SN, TRXID).
    private const int MaxRefIdLength = 64;
    private const int MaxToLength = 32;
    private const int MaxTextLength = 200;

    private static Results<Created<OutcomeOverride>, ValidationProblem, ProblemHttpResult> Add(OverrideRequest request, IOutcomeOverrides overrides, EmulatorClock clock)
    {
        var errors = new Dictionary<string, string[]>();
        CheckLength(errors, "refId", request.RefId, MaxRefIdLength);
        CheckLength(errors, "to", request.To, MaxToLength);
        CheckLength(errors, "reason", request.Reason, MaxTextLength);
        CheckLength(errors, "sn", request.Sn, MaxTextLength);
        CheckLength(errors, "trxId", request.TrxId, MaxTextLength);
        if (request.RefId is null && request.To is null)
        {
            errors["refId"] = ["Give a refId or a to for the override to apply to."];
        }

        if (!Enum.TryParse<BuyResult>(request.Result, ignoreCase: true, out var result) || !Enum.IsDefined(result))
        {
            errors["result"] = ["result must be success, failed or pending."];
        }
        else if (result == BuyResult.Failed && string.IsNullOrEmpty(request.Reason))
        {
            errors["reason"] = ["A failed outcome needs a reason."];
        }

        if (request.PendingFor is { } pendingFor && pendingFor is < 1 or > (int)FixtureLimits.MaxPendingForSeconds)
        {
            errors["pendingFor"] = [$"pendingFor is a number of seconds from 1 to {FixtureLimits.MaxPendingForSeconds} (30 days), as in fixtures."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var outcome = new BuyOutcome(result, request.PendingFor is { } s ? TimeSpan.FromSeconds(s) : null, request.Reason, request.Sn, request.TrxId);
        if (overrides.TryAdd(request.RefId, request.To, outcome, clock.GetUtcNow()) is not { } added)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Too many overrides waiting",
                detail: $"{OutcomeOverrides.Capacity} overrides are waiting for their buy; DELETE /__admin/overrides/{{id}} or POST /__admin/reset before adding more.");
        }

        return TypedResults.Created($"/__admin/overrides/{added.Id}", added);
    }

    private static void CheckLength(Dictionary<string, string[]> errors, string field, string? value, int max)
    {
        if (value is { Length: var length } && length > max)
        {
            errors[field] = [$"{field} may have at most {max} characters, not {length}."];
        }
    }

    private static Results<NoContent, ProblemHttpResult> Remove(string id, IOutcomeOverrides overrides) =>
        overrides.Remove(id)
            ? TypedResults.NoContent()
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such override", detail: $"No override has id '{id}'.");
}
