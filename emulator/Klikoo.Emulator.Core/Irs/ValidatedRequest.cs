using Klikoo.Emulator.Partners;
using Klikoo.Emulator.Products;

namespace Klikoo.Emulator.Irs;

/// <summary>A request that passed validation: its account, product and priced amount.</summary>
internal sealed record ValidatedRequest(PartnerAccount Account, Product Product, string Destination, string RefId, long? Amount)
{
    public long Price => Product.PriceFor(Amount);
}
