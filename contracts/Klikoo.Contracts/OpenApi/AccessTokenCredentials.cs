namespace Klikoo.Contracts.OpenApi;

/// <summary><c>additional_info</c> of the access-token request.</summary>
public sealed record AccessTokenCredentials
{
    /// <summary>The client id (a UUID, 36 characters).</summary>
    public string ClientId { get; init; } = "";

    /// <summary>The client secret (32 characters); also the HMAC key of every signed call. Never logged.</summary>
    public string ClientSecret { get; init; } = "";
}
