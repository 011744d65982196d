namespace Klikoo.Contracts.OpenApi;

/// <summary><c>data</c> of the access-token response.</summary>
public sealed record AccessTokenData
{
    /// <summary>The bearer token (a JWT) to send as <c>Authorization: Bearer</c> and to put in every digital signature.</summary>
    public string AccessToken { get; init; } = "";

    /// <summary>Always <c>Bearer</c>.</summary>
    public string TokenType { get; init; } = "Bearer";

    /// <summary>Seconds the token stays valid; 900 by default.</summary>
    public int ExpiresIn { get; init; }
}
