namespace Klikoo.Contracts.OpenApi;

/// <summary>One row of <c>GET /v1/open-api/transactions</c>: <c>created_at</c>, then the fields of <see cref="TransactionData"/>.</summary>
public sealed record TransactionHistoryItem
{
    /// <summary>When the transaction was made, UTC with microseconds.</summary>
    public string CreatedAt { get; init; } = "";

    /// <summary>Klikoo's transaction id.</summary>
    public string TransactionId { get; init; } = "";

    /// <summary><c>SUCCESS</c>, <c>FAILED</c> or the pending word.</summary>
    public string Status { get; init; } = "";

    /// <summary>The partner's reference.</summary>
    public string PartnerReferenceId { get; init; } = "";

    /// <summary>What the partner pays Klikoo.</summary>
    public string Amount { get; init; } = "";

    /// <summary>When the transaction was made.</summary>
    public string TransactionTime { get; init; } = "";

    /// <summary>Why it failed; empty otherwise.</summary>
    public string Reason { get; init; } = "";

    /// <summary>Klikoo's product id; empty.</summary>
    public string ProductId { get; init; } = "";

    /// <summary>The product name.</summary>
    public string ProductName { get; init; } = "";

    /// <summary>The serial number or token.</summary>
    public string Sn { get; init; } = "";

    /// <summary>The destination.</summary>
    public string Value { get; init; } = "";

    /// <summary>The customer name.</summary>
    public string CustomerName { get; init; } = "";

    /// <summary>The deposit after.</summary>
    public string CurrentBalance { get; init; } = "";

    /// <summary>The deposit before.</summary>
    public string BeginningBalance { get; init; } = "";

    /// <summary>The product code.</summary>
    public string ProductCode { get; init; } = "";
}
