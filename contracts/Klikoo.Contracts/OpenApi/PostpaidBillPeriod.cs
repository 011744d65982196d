namespace Klikoo.Contracts.OpenApi;

/// <summary>One period of a postpaid bill (docs/open-api.md#postpaid-bills); amounts are rupiah strings like Klikoo's others.</summary>
public sealed record PostpaidBillPeriod
{
    /// <summary>The month billed, <c>2026-11</c>.</summary>
    public string Period { get; init; } = "";

    /// <summary>The bill for the month.</summary>
    public string Amount { get; init; } = "";

    /// <summary>The late fee (denda) for the month; <c>0</c> when none.</summary>
    public string LateFee { get; init; } = "";
}
