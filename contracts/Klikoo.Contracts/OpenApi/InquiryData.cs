namespace Klikoo.Contracts.OpenApi;

/// <summary><c>data</c> of an inquiry. Klikoo's page is cut before its response: the fields mirror the string interface's inquiry line (docs/open-api.md#assumed-not-documented-by-klikoo).</summary>
public sealed record InquiryData
{
    /// <summary>The product code.</summary>
    public string ProductCode { get; init; } = "";

    /// <summary>The price the partner would pay.</summary>
    public string Price { get; init; } = "";

    /// <summary>The destination as sent.</summary>
    public string Value { get; init; } = "";

    /// <summary>The customer name as Klikoo shows it (masked for e-wallets), empty when the family has none.</summary>
    public string CustomerName { get; init; } = "";

    /// <summary>PLN: tariff and power, e.g. <c>R1/2200VA</c>; empty otherwise.</summary>
    public string PowerCapacity { get; init; } = "";
}
