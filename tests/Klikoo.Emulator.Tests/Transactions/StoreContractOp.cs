namespace Klikoo.Emulator.Tests.Transactions;

/// <summary>
/// One step of a store contract sequence, sent alike to every store: a buy (new, re-sent, or a used ref_id with
/// another destination), an admin call (override, resolve, delete, clock), or a move of the test's fake clock.
/// </summary>
/// <param name="Kind">What the step does.</param>
/// <param name="RefId">The ref_id bought, re-sent, resolved or deleted; an override's ref_id, if it has one.</param>
/// <param name="Product">The product bought.</param>
/// <param name="To">The destination bought; an override's destination, if it has one.</param>
/// <param name="Result">An override's or an admin resolve's result.</param>
/// <param name="Seconds">A clock move; an override's pendingFor (0: none).</param>
internal sealed record StoreContractOp(StoreContractOpKind Kind, string? RefId = null, string? Product = null, string? To = null, string? Result = null, int Seconds = 0)
{
    public override string ToString() => Kind switch
    {
        StoreContractOpKind.Buy => $"buy {RefId} {Product} to {To}",
        StoreContractOpKind.Override => $"override refId={RefId ?? "-"} to={To ?? "-"} {Result}{(Seconds > 0 ? $" pendingFor={Seconds}" : "")}",
        StoreContractOpKind.DeleteOldestOverride => "delete the oldest override",
        StoreContractOpKind.Resolve => $"admin resolve {RefId} {Result}",
        StoreContractOpKind.Delete => $"admin delete {RefId}",
        StoreContractOpKind.AdvanceClock => $"admin clock advance {Seconds} s",
        StoreContractOpKind.TickToNextDue => "fake clock to the next due time (or 7 s)",
        _ => Kind.ToString(),
    };
}
