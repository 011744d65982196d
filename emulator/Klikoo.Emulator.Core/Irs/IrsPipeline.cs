using System.Diagnostics;
using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Journal;
using Klikoo.Emulator.Orders;

namespace Klikoo.Emulator.Irs;

/// <summary>
/// The pipeline every route of the string interface (inquiry, buy) runs through: read the request, answer with one R# line, and whatever goes wrong,
/// never a 500, a stack trace or an HTML page (docs/klikoo-interface.md#decisions).
/// </summary>
internal static class IrsPipeline
{
    public static readonly string[] Prefixes = ["/klikoo-b2b/v1/irs", "/v1/irs"];

    /// <summary>
    /// Answers a request that passed the interface's checks (<see cref="IrsRequestValidator"/>), against the same
    /// fixtures snapshot; on refusal the diagnosis says which check failed (default otherwise). An inquiry completes
    /// at once; a buy may wait for a shared store.
    /// </summary>
    public delegate ValueTask<(RLine Line, Diagnosis Diagnosis)> Handler(IrsRequest request, Order valid, FixtureCatalog catalog);

    public delegate RLine Rejection(IrsRequest? request, string reason);

    /// <summary>
    /// Maps <paramref name="operation"/> on both path prefixes (docs/klikoo-interface.md#decisions). Every method is routed, so that even PUT
    /// gets a Klikoo line rather than an empty 405. A <see cref="RequestDelegate"/>, not any delegate: the framework
    /// would build a handler taking services by reflection at run time, which a Native AOT binary cannot.
    /// </summary>
    public static void Map(IEndpointRouteBuilder app, string operation, string name, Func<IServiceProvider, IrsRoute> resolve)
    {
        // Resolved on the first request, as a handler's services always were: building the app resolves nothing.
        var services = app.ServiceProvider;
        IrsRoute? route = null;
        RequestDelegate handler = context => HandleAsync(context, route ??= resolve(services));
        app.Map($"{Prefixes[0]}/{operation}", handler).WithName(name).ExcludeFromDescription();
        app.Map($"{Prefixes[1]}/{operation}", handler).WithName($"{name}WithoutPrefix").ExcludeFromDescription();
    }

    public static async Task HandleAsync(HttpContext context, IrsRoute route)
    {
        var (operation, handle, reject, logger, journal, fixtures, seed, outage) = route;
        var started = Stopwatch.GetTimestamp();
        RLine line;
        IrsRequest? request = null;
        Diagnosis diagnosis = default;
        try
        {
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsPost(context.Request.Method))
            {
                line = reject(null, IrsReasons.MethodNotAllowed(context.Request.Method));
                diagnosis = new(RejectionCause.MethodNotAllowed);
            }
            else
            {
                request = await IrsRequestReader.ReadAsync(context.Request, context.RequestAborted);

                // Inquiry and buy check a request the same way (docs/klikoo-interface.md#decisions), so it is done here,
                // and the feature's handler only sees a valid one.
                var catalog = fixtures.Current;
                if (IrsRequestValidator.TryValidate(request, catalog, out var valid, out var reason, out diagnosis))
                {
                    (line, diagnosis) = await handle(request, valid, catalog);
                }
                else
                {
                    line = reject(request, reason);
                }
            }
        }
        catch (Exception ex) when (!context.RequestAborted.IsCancellationRequested)
        {
            line = reject(request, IrsReasons.ContactAdmin);
            if (outage is not null && outage.TryFail(ex, out var redisFault))
            {
                // Redis failing is an outage, not a bug: logged once for it, no stack trace (docs/shared-state.md#when-redis-fails).
                diagnosis = new(RejectionCause.StateUnavailable, Detail: redisFault.Diagnosis);
            }
            else
            {
                IrsLog.PublicRouteFailed(logger, ex, context.Request.Path);
                diagnosis = new(RejectionCause.Unexpected);
            }
        }

        // A buy made shows Redis takes writes again; an inquiry, which does not touch it, shows nothing.
        if (outage?.Current is not null && operation == "buy" && diagnosis.Cause == RejectionCause.None)
        {
            outage.Worked(wrote: true);
        }

        // The journal keeps the reply's text, so the line is formatted once for both; without a journal, on the stack.
        var text = journal.Enabled ? line.Format() : null;
        string? faultApplied = null;
        if (FaultInjection.Find(fixtures.Current, request, operation) is { } fault)
        {
            faultApplied = await FaultInjection.ApplyAsync(context, fault, line, request?.RefId, seed);
        }
        else
        {
            await (text is null ? KlikooReply.WriteAsync(context.Response, line) : KlikooReply.WriteAsync(context.Response, text));
        }

        if (text is not null)
        {
            Record(route, context, request, line.Timestamp, text, Stopwatch.GetElapsedTime(started), faultApplied, diagnosis);
        }
    }

    // The diagnosis is put into words here: only for refused requests, only when the journal keeps them. Worked out
    // before the entry's id is taken, so the ring slot is written no later after it than before.
    private static void Record(
        IrsRoute route, HttpContext context, IrsRequest? request, DateTimeOffset at, string reply, TimeSpan elapsed, string? fault, Diagnosis diagnosis)
    {
        var journal = route.Journal;
        var clientId = ClientIdShown(request, diagnosis, route.Fixtures);
        var why = IrsDiagnosis.Describe(diagnosis, request, context.Request.Method);
        journal.Write(new JournalEntry(
            journal.NextId(),
            at,
            context.Request.Method,
            route.Operation,
            context.Request.Path,
            clientId,
            Mask(request?.ClientSecret),
            Mask(request?.Pin),
            request?.Idrs,
            request?.ProductCode,
            request?.RefId,
            request?.To,
            request?.Amount,
            request?.SellingPrice,
            reply,
            elapsed.TotalMilliseconds,
            fault,
            why,
            journal.Replica));
    }

    // A refused request may carry a secret or pin as its client_id (fields swapped), whichever check refused it.
    private static string? ClientIdShown(IrsRequest? request, Diagnosis diagnosis, FixtureStore fixtures) =>
        diagnosis.Cause != RejectionCause.None &&
        IrsRequestValidator.IsAnyCredential(request?.ClientId, fixtures.Current)
            ? JournalEntry.Masked
            : request?.ClientId;

    // Secrets never enter the journal: only whether one was sent.
    private static string? Mask(string? secret) => secret is null ? null : JournalEntry.Masked;
}
