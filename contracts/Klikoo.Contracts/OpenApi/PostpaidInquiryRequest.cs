using System.Text.Json.Serialization;

namespace Klikoo.Contracts.OpenApi;

/// <summary>The body of <c>POST /v1/open-api/transactions/inquiry-postpaid</c>.</summary>
public sealed record PostpaidInquiryRequest
{
    /// <summary>The customer's account number with the biller.</summary>
    public string AccountNumber { get; init; } = "";

    /// <summary>Months to pay (BPJS only).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Period { get; init; }

    /// <summary>The postpaid product code, e.g. <c>POSTPAIDPLN</c>.</summary>
    public string ProductCode { get; init; } = "";
}
