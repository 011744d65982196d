namespace Klikoo.Contracts.OpenApi;

/// <summary><c>data</c> of <c>GET /v1/open-api/balance</c>. Klikoo does not document this body: the field is the emulator's assumption (docs/open-api.md#assumed-not-documented-by-klikoo).</summary>
public sealed record BalanceData
{
    /// <summary>The deposit left, in rupiah.</summary>
    public long Balance { get; init; }
}
