using Klikoo.Emulator.Clients;
using Klikoo.Emulator.Products;

namespace Klikoo.Emulator.Orders;

/// <summary>A request that passed validation: its account, product and priced amount.</summary>
internal sealed record Order(ClientAccount Account, Product Product, string Destination, string RefId, long? Amount)
{
    public long Price => Product.PriceFor(Amount);

    /// <summary>Whether the order came through the Open API: its final report is then the JSON purchase callback.</summary>
    public bool ViaOpenApi { get; init; }
}
