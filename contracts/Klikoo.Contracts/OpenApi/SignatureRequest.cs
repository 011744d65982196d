namespace Klikoo.Contracts.OpenApi;

/// <summary>The body of the test helper <c>POST /v1/open-api/signature</c>. It has no payload field, so the signature it returns fits body-less calls (GET) only. Testing only.</summary>
public sealed record SignatureRequest
{
    /// <summary>The client id.</summary>
    public string ClientId { get; init; } = "";

    /// <summary>The HTTP method of the call to sign, e.g. <c>GET</c>.</summary>
    public string Method { get; init; } = "";

    /// <summary>The path of the call to sign, without <c>/klikoo-b2b</c>.</summary>
    public string Path { get; init; } = "";

    /// <summary>The access token.</summary>
    public string Token { get; init; } = "";

    /// <summary>The timestamp to sign; send the same string as <c>Open-Api-Timestamp</c>.</summary>
    public string Timestamp { get; init; } = "";
}
