using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Customers;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Products;
using Klikoo.Emulator.Requests;

using Klikoo.Emulator.Hosting;

namespace Klikoo.Emulator.Inquiry;

/// <summary>Answers a prepaid inquiry with SPEC A3's success or failure line.</summary>
internal sealed class InquiryHandler(FixtureStore fixtures, CustomerDirectory customers, EmulatorClock clock)
{
    public RLine Inquire(IrsRequest request)
    {
        var catalog = fixtures.Current;
        if (!IrsRequestValidator.TryValidate(request, catalog, out var valid, out var reason))
        {
            return Reject(request, reason);
        }

        var family = valid.Product.Family;
        var customer = customers.Find(catalog, family, valid.Destination);
        var now = clock.GetUtcNow();
        if ((catalog.Scenarios.MatchInquiryFailure(valid) ?? customer.InquiryFailure) is { } failure)
        {
            return new InquiryFailureLine(valid.Destination, failure, now);
        }

        return new InquirySuccessLine(
            valid.Product.Code,
            valid.Price,
            valid.Destination,
            FamilyDisplay.CustomerName(family, customer),
            FamilyDisplay.PowerCapacity(family, customer),
            now);
    }

    // SPEC B: inquiry failures use R#. CUSTNUM: <to>. REASON: <text>. @<ts>, with <to> echoed safely.
    public RLine Reject(IrsRequest? request, string reason) =>
        new InquiryFailureLine(EchoText.Of(request?.To, DestinationShapes.MaxLength * 2), reason, clock.GetUtcNow());
}
