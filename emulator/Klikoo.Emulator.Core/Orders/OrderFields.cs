namespace Klikoo.Emulator.Orders;

/// <summary>What an interface calls an order's fields, so a refusal's diagnosis names the field its caller sent.</summary>
internal sealed record OrderFields(string ProductCode, string Destination, string Reference, string Amount, string SellingPrice)
{
    /// <summary>The string interface's parameters (docs/klikoo-interface.md#endpoints).</summary>
    public static OrderFields StringInterface { get; } = new("product_code", "to", "ref_id", "amount", "selling_price");

    /// <summary>The Open API's body fields (docs/open-api.md).</summary>
    public static OrderFields OpenApi { get; } = new("product_code", "value", "partner_reference_id", "amount", "selling_price");
}
