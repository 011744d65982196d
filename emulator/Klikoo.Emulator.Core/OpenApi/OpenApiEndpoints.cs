using System.Diagnostics;
using System.Text.Json;
using Klikoo.Contracts.OpenApi;
using Klikoo.Emulator.Irs;
using Klikoo.Emulator.State;
using Klikoo.Emulator.Transactions;

namespace Klikoo.Emulator.OpenApi;

/// <summary>
/// Klikoo's JSON Open API (docs/open-api.md) under <c>/klikoo-b2b/v1/open-api</c> and <c>/v1/open-api</c>. Whatever
/// is sent, the answer is Klikoo's envelope with a documented code: another method on a route, a path not served, a
/// body too large, Redis failing (docs/open-api.md#on-the-emulator).
/// </summary>
public static class OpenApiEndpoints
{
    private const int MaxBody = 64 * 1024;
    private static readonly string[] Prefixes = ["/klikoo-b2b/v1/open-api", "/v1/open-api"];

    private static readonly OpenApiRoute[] Routes =
    [
        new("access-token", "POST", "access-token", OpenApiService.Auth, "OpenApiAccessToken", Sync(OpenApiAuth.AccessToken)),
        new("auth-signature", "POST", "auth-signature", OpenApiService.Auth, "OpenApiAuthSignature", Sync(OpenApiAuth.AuthSignature)),
        new("signature", "POST", "signature", OpenApiService.Auth, "OpenApiSignature", Sync(OpenApiAuth.Signature)),
        new("balance", "GET", "balance", OpenApiService.Account, "OpenApiBalance", Sync(Balance)),
        new("products", "POST", "products", OpenApiService.Product, "OpenApiProducts", Sync(OpenApiCatalogue.Products)),
        new("products/inquiry", "POST", "products/inquiry", OpenApiService.Transaction, "OpenApiInquiry", Sync(OpenApiCatalogue.Inquire)),
        new("transactions/inquiry-postpaid", "POST", "transactions/inquiry-postpaid", OpenApiService.Transaction, "OpenApiInquiryPostpaid", Sync(OpenApiCatalogue.InquirePostpaid)),
        new("products/buy", "POST", "products/buy", OpenApiService.Transaction, "OpenApiBuy", OpenApiPurchases.Buy),
        new("transactions/{transactionId}", "GET", "transactions/detail", OpenApiService.Transaction, "OpenApiTransaction", OpenApiPurchases.Detail),
        new("transactions", "GET", "transactions", OpenApiService.Transaction, "OpenApiTransactions", OpenApiPurchases.History),
    ];

    private static readonly string Served = string.Join(", ", Routes.Select(r => $"{r.Method} {r.Path}"));

    public static IEndpointRouteBuilder MapKlikooOpenApi(this IEndpointRouteBuilder app)
    {
        foreach (var prefix in Prefixes)
        {
            var suffix = prefix == Prefixes[0] ? "" : "WithoutPrefix";
            foreach (var route in Routes)
            {
                app.MapMethods($"{prefix}/{route.Path}", [route.Method], (HttpContext c) => HandleAsync(c, route)).WithName(route.Name + suffix).ExcludeFromDescription();
            }

            // Below every route (a catch-all is matched last): another method on a route, or a path not served.
            app.Map(prefix + "/{**rest}", (HttpContext c) => UnmatchedAsync(c)).WithName("OpenApiUnmatched" + suffix).ExcludeFromDescription();
        }

        return app;
    }

    private static Task HandleAsync(HttpContext context, OpenApiRoute route) => AnswerAsync(context, route.Operation, async () =>
    {
        var (body, problem) = await ReadAsync(context.Request, context.RequestAborted);
        return body is null ? OpenApiAnswer.Error(OpenApiStatus.ValidationError, route.Service, problem!) : await route.Handle(context, body);
    }, route);

    // No documented code means "method not allowed": the closest is Validasi Error, with Allow naming the method served.
    // A path not served answers Klikoo's "Belum di implementasi" (docs/open-api.md#on-the-emulator).
    private static Task UnmatchedAsync(HttpContext context)
    {
        var rest = context.GetRouteValue("rest") as string ?? "";
        var method = context.Request.Method;
        if (Array.Find(Routes, r => r.Matches(rest)) is { } route)
        {
            context.Response.Headers.Allow = route.Method;
            return AnswerAsync(context, route.Operation, () => Task.FromResult(OpenApiAnswer.Error(OpenApiStatus.ValidationError, route.Service,
                $"method {EchoText.Of(method, 10)} is not served on {EchoText.Of(context.Request.Path)}: use {route.Method}")), route);
        }

        return AnswerAsync(context, "unknown", () => Task.FromResult(OpenApiAnswer.Error(OpenApiStatus.NotImplemented, OpenApiService.Unknown,
            $"no Open API route {EchoText.Of(method, 10)} {EchoText.Of(context.Request.Path)}; the emulator serves {Served}")), null);
    }

    private static async Task AnswerAsync(HttpContext context, string operation, Func<Task<OpenApiAnswer>> answerAsync, OpenApiRoute? route)
    {
        var started = Stopwatch.GetTimestamp();
        var services = context.RequestServices;
        var outage = services.GetService<RedisOutage>();
        OpenApiAnswer answer;
        try
        {
            answer = await answerAsync();
        }
        catch (Exception ex) when (!context.RequestAborted.IsCancellationRequested)
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
                OpenApiLog.RouteFailed(services.GetRequiredService<ILogger<OpenApiTokens>>(), ex, context.Request.Path);
                answer = OpenApiAnswer.Error(OpenApiStatus.ContactAdmin, service, "unexpected failure: " + ex.GetType().Name);
            }
        }

        // A buy made shows Redis takes writes again (see RedisOutage).
        if (answer.Status == StatusCodes.Status201Created && outage?.Current is not null)
        {
            outage.Worked(wrote: true);
        }

        context.Response.StatusCode = answer.Status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer.Body, context.RequestAborted);
        OpenApiJournal.Record(context, operation, answer, Stopwatch.GetElapsedTime(started));
    }

    private static Func<HttpContext, byte[], ValueTask<OpenApiAnswer>> Sync(Func<HttpContext, byte[], OpenApiAnswer> handle) =>
        (context, body) => ValueTask.FromResult(handle(context, body));

    private static OpenApiAnswer Balance(HttpContext context, byte[] body)
    {
        var services = context.RequestServices;
        if (!services.GetRequiredService<OpenApiRequestCheck>().TrySigned(context.Request, body, out var account, out var refusal))
        {
            return refusal!;
        }

        var balance = services.GetRequiredService<IClientLedger>().BalanceOf(account!);
        return new(200, JsonSerializer.Serialize(
            new OpenApiResponse<BalanceData> { ResponseCode = OpenApiStatus.Success.Code(OpenApiService.Account), ResponseMessage = OpenApiStatus.Success.Message, Data = new BalanceData { Balance = balance } },
            KlikooOpenApiJson.Default.OpenApiResponseBalanceData), account!.ClientId);
    }

    internal static bool TryRead<T>(byte[] body, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, out T value, out OpenApiAnswer refusal, OpenApiService service = OpenApiService.Auth)
        where T : class
    {
        refusal = null!;
        try
        {
            if (JsonSerializer.Deserialize(body, type) is { } read)
            {
                value = read;
                return true;
            }
        }
        catch (JsonException ex)
        {
            refusal = OpenApiAnswer.Error(OpenApiStatus.ValidationError, service, $"the body is not the expected JSON: {ex.Message}");
            value = null!;
            return false;
        }

        refusal = OpenApiAnswer.Error(OpenApiStatus.ValidationError, service, "the body is empty or null");
        value = null!;
        return false;
    }

    // At most MaxBody bytes, whether announced by Content-Length or sent chunked; Kestrel's own limit (1 MiB,
    // EmulatorHosting) refused the same way, so a body too large is one answer however it is framed.
    private static async Task<(byte[]? Body, string? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var tooLarge = $"the body is over {MaxBody} bytes";
        if (request.ContentLength > MaxBody)
        {
            return (null, $"{tooLarge} (Content-Length {request.ContentLength})");
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > MaxBody)
                {
                    return (null, tooLarge);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex)
        {
            return (null, ex.StatusCode == StatusCodes.Status413PayloadTooLarge ? tooLarge : "the body could not be read: " + ex.Message);
        }

        return (buffer.ToArray(), null);
    }
}
