namespace Klikoo.Contracts.OpenApi;

/// <summary>The body of <c>POST /v1/open-api/products/inquiry</c> (Inquiry Prepaid), in the documented order; every field a string.</summary>
public sealed record ProductInquiryRequest
{
    /// <summary>The customer's phone number (Klikoo's spelling).</summary>
    public string Msidn { get; init; } = "";

    /// <summary>What the partner pays Klikoo; the amount of an open denomination.</summary>
    public string Amount { get; init; } = "";

    /// <summary>The product code.</summary>
    public string ProductCode { get; init; } = "";

    /// <summary>The partner's selling price (for Klikoo's dashboard margin).</summary>
    public string SellingPrice { get; init; } = "";

    /// <summary>The destination: phone number, PLN meter, e-wallet account.</summary>
    public string Value { get; init; } = "";

    /// <summary>The partner's reference, a UUID v4 recommended.</summary>
    public string PartnerReferenceId { get; init; } = "";
}
