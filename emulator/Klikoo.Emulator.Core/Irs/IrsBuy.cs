using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Clock;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Orders;

namespace Klikoo.Emulator.Irs;

/// <summary>
/// Buy and check status on the string interface (docs/klikoo-interface.md#transaction-reports, B): the order core
/// buys (<see cref="OrderService.BuyAsync"/>); this renders the R# line. The same request re-sent gets the
/// transaction's current line; the ref_id sent for another product, destination or amount is refused.
/// </summary>
internal sealed class IrsBuy(OrderService orders, EmulatorClock clock)
{
    /// <summary>The line for a valid request (the pipeline checked it), and why it was refused if it was.</summary>
    public async ValueTask<(RLine Line, Diagnosis Diagnosis)> BuyAsync(IrsRequest request, Order valid, FixtureCatalog catalog)
    {
        var bought = await orders.BuyAsync(valid, catalog);

        // No transaction: the ref_id's was forgotten to bound memory (it is still used, never charged again), or
        // there was no room for one more INPROGRESS transaction (nothing was made; the ref_id may be sent again).
        if (bought.Transaction is not { } transaction)
        {
            return (Reject(request, bought.Refusal == RejectionCause.RefIdForgotten ? OrderService.ReferenceNoUsed : OrderService.TooManyPending), new(bought.Refusal));
        }

        if (!bought.Created && !transaction.IsSameRequest(valid))
        {
            return (Reject(request, OrderService.ReferenceNoUsed), new(RejectionCause.RefIdUsed, transaction.Product, transaction.Destination, transaction.Amount));
        }

        return (transaction.LineAt(clock.GetUtcNow()), default);
    }

    // docs/klikoo-interface.md#transaction-reports: a request rejected before a transaction exists has no dot after the product, no destination, TRXID: -.
    public RLine Reject(IrsRequest? request, string reason) =>
        new RejectedLine(EchoText.Of(request?.RefId), EchoText.Code(request?.ProductCode), reason, clock.GetUtcNow());
}
