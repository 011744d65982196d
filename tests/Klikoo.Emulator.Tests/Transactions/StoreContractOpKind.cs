namespace Klikoo.Emulator.Tests.Transactions;

/// <summary>The kinds of <see cref="StoreContractOp"/>.</summary>
internal enum StoreContractOpKind
{
    /// <summary>A buy through the string interface: new, re-sent, or a used ref_id with another destination.</summary>
    Buy,

    /// <summary><c>POST /__admin/overrides</c>.</summary>
    Override,

    /// <summary><c>DELETE /__admin/overrides/{id}</c> of the oldest waiting, as each store lists them.</summary>
    DeleteOldestOverride,

    /// <summary><c>POST /__admin/transactions/{refId}/resolve</c>.</summary>
    Resolve,

    /// <summary><c>DELETE /__admin/transactions/{refId}</c>.</summary>
    Delete,

    /// <summary><c>POST /__admin/clock/advance</c>: what becomes due resolves before it answers.</summary>
    AdvanceClock,

    /// <summary>
    /// Moves the test's fake clock (the emulator's time source) to the earliest due time of a pending transaction, as
    /// time passing would; what is due then resolves by a timer (in memory) or the due poller (Redis).
    /// </summary>
    TickToNextDue,
}
