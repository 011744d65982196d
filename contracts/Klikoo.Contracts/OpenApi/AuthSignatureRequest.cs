namespace Klikoo.Contracts.OpenApi;

/// <summary>The body of the test helper <c>POST /v1/open-api/auth-signature</c>: Klikoo signs for you with the key you send. Testing only.</summary>
public sealed record AuthSignatureRequest
{
    /// <summary>The client id.</summary>
    public string ClientId { get; init; } = "";

    /// <summary>The timestamp to sign; send the same string as <c>Open-Api-Timestamp</c> afterwards.</summary>
    public string Timestamp { get; init; } = "";

    /// <summary>Base64 of the PKCS#8 private key PEM text (<see cref="KlikooRsaKeys.ToHelperValue"/>).</summary>
    public string PrivateKey { get; init; } = "";
}
