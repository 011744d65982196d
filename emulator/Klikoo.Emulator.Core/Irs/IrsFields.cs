namespace Klikoo.Emulator.Irs;

/// <summary>the docs/klikoo-interface.md#endpoints parameter names.</summary>
internal static class IrsFields
{
    public const string ClientId = "client_id";
    public const string ClientSecret = "client_secret";
    public const string Idrs = "idrs";
    public const string Pin = "pin";
    public const string ProductCode = "product_code";
    public const string RefId = "ref_id";
    public const string To = "to";
    public const string Amount = "amount";
    public const string SellingPrice = "selling_price";
}
