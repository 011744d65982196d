using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Clock;
using Klikoo.Emulator.Customers;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Irs;
using Klikoo.Emulator.Products;

namespace Klikoo.Emulator.Inquiry;

/// <summary>Answers a prepaid inquiry with the docs/klikoo-interface.md#inquiry-replies success or failure line.</summary>
internal sealed class InquiryHandler(CustomerDirectory customers, EmulatorClock clock)
{
    /// <summary>Answers a valid inquiry (the pipeline checked it): the customer's line, or the failure a scenario or the customer sets.</summary>
    /// <summary>The string interface's inquiry: it touches no state, so it completes at once.</summary>
    public ValueTask<(RLine Line, Diagnosis Diagnosis)> InquireAsync(IrsRequest request, ValidatedRequest valid, FixtureCatalog catalog) =>
        ValueTask.FromResult((Inquire(request, valid, catalog, out var diagnosis), diagnosis));

    public RLine Inquire(IrsRequest request, ValidatedRequest valid, FixtureCatalog catalog, out Diagnosis diagnosis)
    {
        diagnosis = default;
        var customer = customers.Find(catalog, valid.Product.Family, valid.Destination);
        var failure = catalog.Scenarios.MatchInquiryFailure(valid) ?? customer.InquiryFailure;
        return Reply(valid.Product, valid.Price, customer, failure, clock.GetUtcNow());
    }

    /// <summary>
    /// The inquiry line for a customer: the failure when there is one, else price, name and power as the product's
    /// family shows them. The one place that builds it, for replies and for exports.
    /// </summary>
    public static RLine Reply(Product product, long price, Customer customer, string? failure, DateTimeOffset at) =>
        failure is not null
            ? new InquiryFailureLine(customer.Destination, failure, at)
            : new InquirySuccessLine(
                product.Code,
                price,
                customer.Destination,
                FamilyDisplay.CustomerName(product.Family, customer),
                FamilyDisplay.PowerCapacity(product.Family, customer),
                at);

    // docs/klikoo-interface.md#decisions: inquiry failures use R#. CUSTNUM: <to>. REASON: <text>. @<ts>, with <to> echoed safely.
    public RLine Reject(IrsRequest? request, string reason) =>
        new InquiryFailureLine(EchoText.Of(request?.To, DestinationRules.MaxLength * 2), reason, clock.GetUtcNow());
}
