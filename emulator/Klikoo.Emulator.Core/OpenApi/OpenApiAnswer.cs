using Klikoo.Contracts.OpenApi;
using Klikoo.Emulator.Orders;

namespace Klikoo.Emulator.OpenApi;

/// <summary>One Open API answer: HTTP status, the JSON body, the client it concerns, and for a refusal the exact check that failed.</summary>
internal sealed record OpenApiAnswer(int Status, string Body, string? ClientId = null, string? Diagnosis = null) : IResult
{
    /// <summary>The order an inquiry or buy carried, for the journal's product, reference and destination columns.</summary>
    public OrderRequest? Order { get; init; }

    /// <summary>The journal's operation when it is not the route's own: the catch-all answers for the route a path names.</summary>
    public string? Operation { get; init; }

    public static OpenApiAnswer Error(OpenApiStatus status, OpenApiService service, string diagnosis, string? clientId = null) =>
        new(status.HttpStatus, System.Text.Json.JsonSerializer.Serialize(
            new OpenApiResponse<System.Text.Json.JsonElement?> { ResponseCode = status.Code(service), ResponseMessage = status.Message },
            KlikooOpenApiJson.Default.OpenApiResponseNullableJsonElement), clientId, diagnosis);

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = Status;
        httpContext.Response.ContentType = "application/json";
        return httpContext.Response.WriteAsync(Body, httpContext.RequestAborted);
    }
}
