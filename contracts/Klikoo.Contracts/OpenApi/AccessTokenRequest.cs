namespace Klikoo.Contracts.OpenApi;

/// <summary>The body of <c>POST /v1/open-api/access-token</c> (sent with the RSA auth signature, without a token).</summary>
public sealed record AccessTokenRequest
{
    /// <summary>Always <c>client_credentials</c>.</summary>
    public string GrantType { get; init; } = "client_credentials";

    /// <summary>The client's credentials.</summary>
    public AccessTokenCredentials AdditionalInfo { get; init; } = new();
}
