using System.Net;
using Klikoo.Emulator.Clients;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Klikoo.Emulator.Admin;

/// <summary>
/// Guards every <c>/__admin</c> endpoint before anything reads the request. With Klikoo:Admin:Token set, every
/// caller must send it. Without one, the admin API is for tools on this machine, not for the web pages its browser
/// opens: the caller must be local, must address it as localhost, 127.0.0.1 or [::1] (a page reached through DNS
/// rebinding names its own host), and a call that changes state must carry JSON or <see cref="BrowserHeader"/>,
/// which a page on another site cannot send without a CORS preflight the emulator never grants.
/// </summary>
/// <remarks>
/// It also keeps the admin API's promise of ProblemDetails on every error: an error the framework answered with an
/// empty body (a parameter or body it could not read) gets one.
/// </remarks>
internal sealed class AdminAccessMiddleware(RequestDelegate next, IOptions<AdminOptions> options)
{
    public const string TokenHeader = "X-Klikoo-Admin-Token";
    public const string TokenQuery = "access_token";

    /// <summary>Sent with any value, it marks a state-changing call without a JSON body as not coming from a web page.</summary>
    public const string BrowserHeader = "X-Klikoo-Admin";

    private const string OpenApiPointer = "the OpenAPI document at /__admin/openapi.json describes each call.";

    private static readonly string[] LoopbackNames = ["localhost", "127.0.0.1", "[::1]"];

    /// <summary>The endpoint metadata that puts an endpoint behind this guard.</summary>
    public static object Guarded { get; } = new GuardedEndpoint();

    public async Task InvokeAsync(HttpContext context)
    {
        // By path too: routing answers a wrong method or body type under /__admin with endpoints of its own.
        if (!context.Request.Path.StartsWithSegments(AdminEndpoints.Prefix) && context.GetEndpoint()?.Metadata.GetMetadata<GuardedEndpoint>() is null)
        {
            await next(context);
            return;
        }

        if (Refusal(context) is { } refusal)
        {
            await refusal.ExecuteAsync(context);
            return;
        }

        await next(context);
        var response = context.Response;
        if (response.StatusCode >= StatusCodes.Status400BadRequest && !response.HasStarted && response.ContentLength is null && response.ContentType is null)
        {
            var example = context.GetEndpoint()?.Metadata.GetMetadata<AdminBodyExample>();
            await TypedResults.Problem(statusCode: response.StatusCode, detail: response.StatusCode switch
            {
                StatusCodes.Status400BadRequest when example is not null =>
                    $"The JSON body could not be read. {context.Request.Method} {context.Request.Path} expects a JSON object such as {example.Json}; {OpenApiPointer}",
                StatusCodes.Status400BadRequest => $"A parameter or the JSON body could not be read; {OpenApiPointer}",
                StatusCodes.Status415UnsupportedMediaType => "Send the body as JSON, with 'Content-Type: application/json'.",
                _ => null,
            }).ExecuteAsync(context);
        }
    }

    private ProblemHttpResult? Refusal(HttpContext http)
    {
        var request = http.Request;
        if (options.Value.Token is { Length: > 0 } token)
        {
            if (Credentials.Match(SentToken(request), token))
            {
                return null;
            }

            http.Response.Headers.WWWAuthenticate = "Bearer";
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Admin token required",
                detail: $"Send Klikoo:Admin:Token as 'Authorization: Bearer <token>', '{TokenHeader}' or '?{TokenQuery}='.");
        }

        if (!IsLoopback(http.Connection.RemoteIpAddress))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Admin answers loopback callers only",
                detail: "Set Klikoo:Admin:Token to let other hosts use the admin API.");
        }

        if (!IsLoopbackName(request.Host))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Admin answers requests addressed to localhost, 127.0.0.1 or [::1] only",
                detail: "A web page reached under another host name (DNS rebinding) must not drive the emulator. Open it as http://localhost:<port>/__admin, or set Klikoo:Admin:Token to use the admin API under any name.");
        }

        if (IsSafe(request.Method) || IsJson(request.ContentType) || request.Headers.ContainsKey(BrowserHeader))
        {
            return null;
        }

        var contentType = request.ContentType is { Length: > 0 };
        return TypedResults.Problem(
            statusCode: contentType ? StatusCodes.Status415UnsupportedMediaType : StatusCodes.Status403Forbidden,
            title: "Admin calls that change state need JSON or the X-Klikoo-Admin header",
            detail: $"Send 'Content-Type: application/json' with the body, or the header '{BrowserHeader}: 1' (curl -X POST -H '{BrowserHeader}: 1' ...). " +
                "A web page on another site can send neither, so it cannot drive the emulator. Or set Klikoo:Admin:Token.");
    }

    // No address: an in-process host or a Unix socket, both local.
    private static bool IsLoopback(IPAddress? address) =>
        address is null || IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    // The name as the caller wrote it, any port; nothing else may follow the name.
    private static bool IsLoopbackName(HostString host)
    {
        var value = host.Value ?? "";
        var name = host.Host;
        if (!LoopbackNames.Contains(name, StringComparer.OrdinalIgnoreCase) || !value.StartsWith(name, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var port = value.AsSpan(name.Length);
        return port.IsEmpty || (port.Length > 1 && port[0] == ':' && !port[1..].ContainsAnyExceptInRange('0', '9'));
    }

    private static bool IsSafe(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);

    // application/json or any +json type: a cross-site page can only send text/plain, form or multipart bodies unchecked.
    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media) &&
        (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));

    private static string? SentToken(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization["Bearer ".Length..].Trim();
        }

        return request.Headers.TryGetValue(TokenHeader, out var header) ? header.ToString() : request.Query[TokenQuery].ToString();
    }

    private sealed class GuardedEndpoint;
}
