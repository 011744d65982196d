namespace Klikoo.Contracts.Lines;

/// <summary>The status word of a transaction report (docs/klikoo-interface.md#transaction-reports).</summary>
public enum TransactionStatus
{
    /// <summary><c>INPROGRESS</c>: accepted, not final yet; re-send the same buy to check again.</summary>
    InProgress,

    /// <summary><c>SUCCESS</c>: final; the balance was charged and an SN issued.</summary>
    Success,

    /// <summary><c>FAILED</c>: final; nothing was charged.</summary>
    Failed,
}
