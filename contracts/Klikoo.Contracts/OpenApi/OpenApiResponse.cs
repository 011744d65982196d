namespace Klikoo.Contracts.OpenApi;

/// <summary>Klikoo's Open API envelope: <c>{"response_code", "response_message", "data"}</c>, on success and on error.</summary>
/// <typeparam name="T">The type of <c>data</c>.</typeparam>
public sealed record OpenApiResponse<T>
{
    /// <summary>Nine digits: HTTP status, service, case (<see cref="OpenApiStatus"/>).</summary>
    public string ResponseCode { get; init; } = "";

    /// <summary>Klikoo's Indonesian message for the code.</summary>
    public string ResponseMessage { get; init; } = "";

    /// <summary>The result; <see langword="null"/> on errors.</summary>
    public T? Data { get; init; }
}
