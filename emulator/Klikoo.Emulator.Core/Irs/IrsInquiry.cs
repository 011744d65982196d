using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Clock;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Orders;
using Klikoo.Emulator.Products;

namespace Klikoo.Emulator.Irs;

/// <summary>
/// Inquiry Prepaid on the string interface (docs/klikoo-interface.md#inquiry-replies): the order core inquires
/// (<see cref="OrderService.Inquire"/>); this renders the success or failure line. It touches no state.
/// </summary>
internal sealed class IrsInquiry(OrderService orders, EmulatorClock clock)
{
    public ValueTask<(RLine Line, Diagnosis Diagnosis)> InquireAsync(IrsRequest request, Order valid, FixtureCatalog catalog)
    {
        var found = orders.Inquire(valid, catalog);
        return ValueTask.FromResult((InquiryLines.Reply(valid.Product, valid.Price, found.Customer, found.Failure, clock.GetUtcNow()), default(Diagnosis)));
    }

    // docs/klikoo-interface.md#decisions: inquiry failures use R#. CUSTNUM: <to>. REASON: <text>. @<ts>, with <to> echoed safely.
    public RLine Reject(IrsRequest? request, string reason) =>
        new InquiryFailureLine(EchoText.Of(request?.To, DestinationRules.MaxLength * 2), reason, clock.GetUtcNow());
}
