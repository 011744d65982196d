using System.Net;
using Klikoo.Emulator.Partners;
using Microsoft.Extensions.Options;

namespace Klikoo.Emulator.Admin;

/// <summary>Guards <c>/__admin</c>: loopback callers only, unless a token is configured, which then every caller must send.</summary>
internal sealed class AdminAccessFilter(IOptions<AdminOptions> options) : IEndpointFilter
{
    public const string TokenHeader = "X-Klikoo-Admin-Token";
    public const string TokenQuery = "access_token";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (options.Value.Token is { Length: > 0 } token)
        {
            if (!Credentials.Match(SentToken(http.Request), token))
            {
                http.Response.Headers.WWWAuthenticate = "Bearer";
                return ValueTask.FromResult<object?>(TypedResults.Problem(
                    statusCode: StatusCodes.Status401Unauthorized,
                    title: "Admin token required",
                    detail: $"Send Klikoo:Admin:Token as 'Authorization: Bearer <token>', '{TokenHeader}' or '?{TokenQuery}='."));
            }
        }
        else if (!IsLoopback(http.Connection.RemoteIpAddress))
        {
            return ValueTask.FromResult<object?>(TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Admin answers loopback callers only",
                detail: "Set Klikoo:Admin:Token to let other hosts use the admin API."));
        }

        return next(context);
    }

    // No address: an in-process host or a Unix socket, both local.
    private static bool IsLoopback(IPAddress? address) =>
        address is null || IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    private static string? SentToken(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization["Bearer ".Length..].Trim();
        }

        return request.Headers.TryGetValue(TokenHeader, out var header) ? header.ToString() : request.Query[TokenQuery].ToString();
    }
}
