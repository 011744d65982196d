namespace Klikoo.Contracts.OpenApi;

/// <summary>One product of the price list. Klikoo's page is cut before its response: the fields are the documented sort fields, their types assumed (docs/open-api.md#assumed-not-documented-by-klikoo).</summary>
public sealed record ProductData
{
    /// <summary>The product code, e.g. <c>OVO10</c>.</summary>
    public string Code { get; init; } = "";

    /// <summary>The product name.</summary>
    public string Name { get; init; } = "";

    /// <summary>The category, e.g. <c>pulsa</c>, <c>emoney</c>, <c>plnprepaid</c>.</summary>
    public string Category { get; init; } = "";

    /// <summary>Whether the product can be bought.</summary>
    public bool Enable { get; init; }

    /// <summary>What the partner pays Klikoo, in rupiah (for open denominations: the fee on top of the amount).</summary>
    public long AgentPrice { get; init; }

    /// <summary>When the price last changed, RFC 3339 UTC.</summary>
    public string UpdatedAt { get; init; } = "";

    /// <summary>Share of successful transactions, percent.</summary>
    public double SuccessRate { get; init; }

    /// <summary>Typical seconds to a final state.</summary>
    public double TimeRate { get; init; }
}
