using System.Diagnostics;
using Klikoo.Contracts.OpenApi;
using Klikoo.Emulator.Clock;
using Klikoo.Emulator.Journal;
using Klikoo.Emulator.State;

namespace Klikoo.Emulator.OpenApi;

/// <summary>
/// Around every Open API endpoint, the catch-all included: whatever happens, Klikoo's envelope with a documented code
/// (docs/open-api.md#on-the-emulator), and the answer in the journal. An exception is Redis failing (500xx8601 with
/// its diagnosis) or a bug (500xx9999, logged); never a stack trace or an empty 500.
/// </summary>
internal sealed class OpenApiAnswerFilter(RequestJournal journal, EmulatorClock clock, ILogger<OpenApiAnswerFilter> logger, RedisOutage? outage = null) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var started = Stopwatch.GetTimestamp();
        var http = context.HttpContext;
        var route = http.GetEndpoint()?.Metadata.GetMetadata<OpenApiRoute>();
        OpenApiAnswer answer;
        try
        {
            answer = await next(context) as OpenApiAnswer ?? throw new InvalidOperationException("an Open API handler gave no answer");
        }
        catch (Exception ex) when (!http.RequestAborted.IsCancellationRequested)
        {
            var service = route?.Service ?? OpenApiService.Unknown;
            if (outage is not null && outage.TryFail(ex, out var fault))
            {
                // Redis failing is an outage, not a bug: logged once for it (docs/shared-state.md#when-redis-fails).
                answer = OpenApiAnswer.Error(OpenApiStatus.RedisFailed, service, fault.Diagnosis +
                    ": send the same partner_reference_id again once /__admin/health shows no failure, to see what was recorded");
            }
            else
            {
                OpenApiLog.RouteFailed(logger, ex, http.Request.Path);
                answer = OpenApiAnswer.Error(OpenApiStatus.ContactAdmin, service, "unexpected failure: " + ex.GetType().Name);
            }
        }

        // A buy made shows Redis takes writes again (see RedisOutage).
        if (answer.Status == StatusCodes.Status201Created && outage?.Current is not null)
        {
            outage.Worked(wrote: true);
        }

        // Written here rather than returned, so the journal keeps only what was sent, and how long it took.
        await answer.ExecuteAsync(http);
        OpenApiJournal.Record(journal, clock, http, answer.Operation ?? route?.Operation ?? "unknown", answer, Stopwatch.GetElapsedTime(started));
        return Results.Empty;
    }
}
