namespace Klikoo.Contracts.OpenApi;

/// <summary><c>data</c> of the two signature helpers' responses.</summary>
public sealed record SignatureData
{
    /// <summary>The signature, base64.</summary>
    public string Signature { get; init; } = "";
}
