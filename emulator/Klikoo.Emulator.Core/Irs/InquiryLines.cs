using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Customers;
using Klikoo.Emulator.Products;

namespace Klikoo.Emulator.Irs;

/// <summary>The docs/klikoo-interface.md#inquiry-replies success or failure line of an inquiry, for replies and for exports.</summary>
internal static class InquiryLines
{
    /// <summary>
    /// The inquiry line for a customer: the failure when there is one, else price, name and power as the product's
    /// family shows them. The one place that builds it.
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
}
