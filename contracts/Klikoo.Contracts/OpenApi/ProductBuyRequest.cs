namespace Klikoo.Contracts.OpenApi;

/// <summary>The body of <c>POST /v1/open-api/products/buy</c>, in the documented order; every field a string.</summary>
public sealed record ProductBuyRequest
{
    /// <summary>What the partner pays Klikoo; deducted from the deposit on success. Required for open denominations.</summary>
    public string Amount { get; init; } = "";

    /// <summary>The customer's phone number (Klikoo's spelling); usually the same as <see cref="Value"/>.</summary>
    public string Msidn { get; init; } = "";

    /// <summary>The product code.</summary>
    public string ProductCode { get; init; } = "";

    /// <summary>The partner's selling price (for Klikoo's dashboard margin).</summary>
    public string SellingPrice { get; init; } = "";

    /// <summary>The destination: phone number, PLN meter, customer or driver id.</summary>
    public string Value { get; init; } = "";

    /// <summary>The partner's unique reference, a UUID v4 recommended; a second buy with it is refused with 409.</summary>
    public string PartnerReferenceId { get; init; } = "";
}
