using Klikoo.Contracts.OpenApi;

namespace Klikoo.Emulator.OpenApi;

/// <summary>
/// Reads the body of an unsigned call (the access token and the signing helpers) for its handler; a body over the
/// limit is answered here with the route's Validasi Error (docs/open-api.md#response-codes).
/// </summary>
internal sealed class OpenApiBodyFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var (body, problem) = await OpenApiBody.ReadAsync(http.Request, http.RequestAborted);
        if (body is null)
        {
            return OpenApiAnswer.Error(OpenApiStatus.ValidationError, OpenApiArguments.Route(http).Service, problem!);
        }

        OpenApiArguments.Supply(context, body);
        return await next(context);
    }
}
