namespace Klikoo.Contracts.OpenApi;

/// <summary>A transaction as the buy and <c>GET /v1/open-api/transactions/{transaction_id}</c> show it, fields in the documented order; every field a string.</summary>
public sealed record TransactionData
{
    /// <summary>Klikoo's transaction id.</summary>
    public string TransactionId { get; init; } = "";

    /// <summary><c>SUCCESS</c>, <c>FAILED</c>, or the pending word (<c>PENDING</c> unless configured).</summary>
    public string Status { get; init; } = "";

    /// <summary>The partner's reference as sent.</summary>
    public string PartnerReferenceId { get; init; } = "";

    /// <summary>What the partner pays Klikoo, in rupiah.</summary>
    public string Amount { get; init; } = "";

    /// <summary>When the transaction was made, UTC with microseconds: <c>2024-05-21T04:54:18.788451Z</c>.</summary>
    public string TransactionTime { get; init; } = "";

    /// <summary>Why a failed transaction failed; empty otherwise.</summary>
    public string Reason { get; init; } = "";

    /// <summary>Klikoo's product id; empty.</summary>
    public string ProductId { get; init; } = "";

    /// <summary>The product name.</summary>
    public string ProductName { get; init; } = "";

    /// <summary>The serial number or token, once successful.</summary>
    public string Sn { get; init; } = "";

    /// <summary>The destination.</summary>
    public string Value { get; init; } = "";

    /// <summary>The customer name, when the family has one.</summary>
    public string CustomerName { get; init; } = "";

    /// <summary>The deposit after the transaction (a string here, a number in the callback).</summary>
    public string CurrentBalance { get; init; } = "";

    /// <summary>The deposit before the transaction.</summary>
    public string BeginningBalance { get; init; } = "";

    /// <summary>The product code.</summary>
    public string ProductCode { get; init; } = "";
}
