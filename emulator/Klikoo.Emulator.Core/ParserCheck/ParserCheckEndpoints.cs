using Klikoo.Emulator.Admin;
using Klikoo.Emulator.Fixtures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Klikoo.Emulator.ParserCheck;

/// <summary>
/// <c>POST /__admin/parser-check</c>: an Otomax terminal's SN, price and balance patterns against every reply the
/// loaded catalogue gives (docs/otomax.md#check-your-parser); <c>klikoo-emulator check-parser</c> runs the same check.
/// </summary>
public static class ParserCheckEndpoints
{
    public static IEndpointRouteBuilder MapParserCheck(this IEndpointRouteBuilder app)
    {
        app.MapAdminGroup().MapPost("/parser-check", Check).WithName("AdminParserCheck")
            .WithSummary("Applies the sn, price and saldo patterns to every reply of the loaded catalogue: what each captured against the true value.")
            .WithMetadata(new AdminBodyExample("""{"sn":"SN: (?<sn>.+?)\\. TRXID:"}"""));
        return app;
    }

    // A refused pattern is the caller's error (400, in the fixtures' words), as is one that backtracks catastrophically.
    private static Results<Ok<ParserCheckReport>, ValidationProblem> Check(ParserCheckRequest request, FixtureStore fixtures)
    {
        var (patterns, problems) = request.Compile();
        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems.ToDictionary(p => ParserPattern.GroupName(p.Key), p => new[] { p.Value }));
        }

        if (patterns.Count == 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["sn"] = [ParserCheckRequest.NoPattern] });
        }

        if (!ParserChecker.TryRun(ReplySamples.For(fixtures.Current), patterns, out var report, out var problem))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [ParserPattern.GroupName(problem.Value.Field)] = [problem.Value.Problem] });
        }

        return TypedResults.Ok(report);
    }
}
