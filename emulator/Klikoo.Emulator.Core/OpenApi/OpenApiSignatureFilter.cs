using Klikoo.Contracts.OpenApi;

namespace Klikoo.Emulator.OpenApi;

/// <summary>
/// The check in front of every signed route (docs/open-api.md#signing): reads the body once, within the limit, then
/// token, timestamp and digital signature (<see cref="OpenApiRequestCheck"/>). A refused call is answered here, with
/// the failed check in the journal; an accepted one reaches its handler as an <see cref="OpenApiSignedCall"/>.
/// </summary>
internal sealed class OpenApiSignatureFilter(OpenApiRequestCheck check) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var (body, problem) = await OpenApiBody.ReadAsync(http.Request, http.RequestAborted);
        if (body is null)
        {
            return OpenApiAnswer.Error(OpenApiStatus.ValidationError, OpenApiArguments.Route(http).Service, problem!);
        }

        if (!check.TrySigned(http.Request, body.Bytes, out var account, out var refusal))
        {
            return refusal;
        }

        OpenApiArguments.Supply(context, new OpenApiSignedCall(account, body));
        return await next(context);
    }
}
