using Klikoo.Emulator.Clients;
using Klikoo.Emulator.Products;

namespace Klikoo.Emulator.Orders;

/// <summary>A request that passed validation: its account, product and priced amount.</summary>
internal sealed record Order(ClientAccount Account, Product Product, string Destination, string RefId, long? Amount)
{
    /// <summary>What it charges: the bill's quoted total for a postpaid payment, else the product's price for the amount.</summary>
    public long Price => Charge ?? Product.PriceFor(Amount);

    /// <summary>A postpaid payment's quoted total (docs/open-api.md#paying-a-bill); null for a prepaid buy.</summary>
    public long? Charge { get; init; }

    /// <summary>What a postpaid payment's SN adds after its reference number: the bill's customer and periods.</summary>
    public string? SerialNote { get; init; }

    /// <summary>Whether the order came through the Open API: its final report is then the JSON purchase callback.</summary>
    public bool ViaOpenApi { get; init; }
}
