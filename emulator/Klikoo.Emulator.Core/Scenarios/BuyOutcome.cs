namespace Klikoo.Emulator.Scenarios;

/// <summary>What a matching scenario makes a buy do; unset values are generated deterministically.</summary>
/// <param name="Result">Success, failed, or pending for ever.</param>
/// <param name="PendingFor">How long the transaction stays INPROGRESS before <paramref name="Result"/>; null answers at once.</param>
/// <param name="Reason">The FAILED reason.</param>
/// <param name="SerialNumber">Pins the SN (e.g. a documented sample's).</param>
/// <param name="TransactionId">Pins Klikoo's TRXID.</param>
/// <param name="BalanceBefore">Sets the client's balance just before this buy, so SISA SALDO starts from it.</param>
public sealed record BuyOutcome(
    BuyResult Result,
    TimeSpan? PendingFor = null,
    string? Reason = null,
    string? SerialNumber = null,
    string? TransactionId = null,
    long? BalanceBefore = null)
{
    /// <summary>No rule matched: SUCCESS at once (docs/klikoo-interface.md#decisions).</summary>
    public static BuyOutcome Default { get; } = new(BuyResult.Success);
}
