namespace Klikoo.Contracts.OpenApi;

/// <summary>The JSON callback Klikoo POSTs to the partner when a purchase ends, fields in the documented order; balances are numbers here.</summary>
public sealed record PurchaseCallback
{
    /// <summary>Klikoo's sample sends <c>2000200</c>; see docs/open-api.md#assumed-not-documented-by-klikoo.</summary>
    public string ResponseCode { get; init; } = "";

    /// <summary><c>Success</c> in Klikoo's sample.</summary>
    public string ResponseMessage { get; init; } = "";

    /// <summary>The partner's reference.</summary>
    public string PartnerReferenceId { get; init; } = "";

    /// <summary>Klikoo's transaction id.</summary>
    public string TransactionId { get; init; } = "";

    /// <summary>What the partner paid Klikoo (a string).</summary>
    public string Amount { get; init; } = "";

    /// <summary>When the transaction was made, UTC with microseconds.</summary>
    public string TransactionTime { get; init; } = "";

    /// <summary><c>SUCCESS</c> or <c>FAILED</c>.</summary>
    public string TransactionStatus { get; init; } = "";

    /// <summary>Why it failed; empty otherwise.</summary>
    public string Reason { get; init; } = "";

    /// <summary>The product name.</summary>
    public string ProductName { get; init; } = "";

    /// <summary>The serial number or token.</summary>
    public string Sn { get; init; } = "";

    /// <summary>The destination.</summary>
    public string Value { get; init; } = "";

    /// <summary>The customer name.</summary>
    public string CustomerName { get; init; } = "";

    /// <summary>The deposit after (a number).</summary>
    public long CurrentBalance { get; init; }

    /// <summary>The deposit before (a number).</summary>
    public long BeginningBalance { get; init; }

    /// <summary>The product code.</summary>
    public string ProductCode { get; init; } = "";
}
