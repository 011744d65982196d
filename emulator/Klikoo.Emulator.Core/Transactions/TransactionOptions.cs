using Klikoo.Emulator.Orders;

namespace Klikoo.Emulator.Transactions;

/// <summary>The <c>Klikoo:Transactions</c> configuration section.</summary>
public sealed class TransactionOptions
{
    public const string Section = "Klikoo:Transactions";

    /// <summary>Klikoo TRXIDs are integers or UUIDs (docs/klikoo-interface.md#transaction-reports); the emulator makes either, deterministically.</summary>
    public TransactionIdStyle Ids { get; set; } = TransactionIdStyle.Counter;

    /// <summary>The first TRXID a counter gives out in a run.</summary>
    public long FirstId { get; set; } = 10_000_001;

    /// <summary>
    /// How many final transactions are kept whole (admin list, dashboard, the exact re-check line); beyond it the
    /// oldest to become final is forgotten. INPROGRESS transactions are always kept.
    /// </summary>
    public int Capacity { get; set; } = 10_000;

    /// <summary>
    /// How many transactions may be INPROGRESS at once. A new buy that would wait while that many do is refused with
    /// <see cref="OrderService.TooManyPending"/> (a rejected-buy line, nothing charged); it may be sent again once one resolves.
    /// </summary>
    public int PendingCapacity { get; set; } = 10_000;

    /// <summary>
    /// How many forgotten ref_ids are still refused when sent again (never a second charge); beyond it the oldest are
    /// dropped, and such a ref_id would start a new transaction. About 20 bytes each.
    /// </summary>
    public int RememberedRefIds { get; set; } = 250_000;
}

/// <summary>How TRXIDs look.</summary>
public enum TransactionIdStyle
{
    /// <summary>A per-run counter: 10000001, 10000002, ...</summary>
    Counter,

    /// <summary>UUIDs derived from the seed and the counter, the same on every run.</summary>
    Uuid,
}
