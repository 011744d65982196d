namespace Klikoo.Contracts.Otomax;

/// <summary>
/// The values Otomax substitutes into a supplier URL template (docs/klikoo-interface.md#who-talks-to-whom). Unset values expand to an empty
/// string, as Otomax does.
/// </summary>
/// <param name="User">[user]: the terminal username, Klikoo's <c>client_id</c>.</param>
/// <param name="Pass">[pass]: the terminal password, Klikoo's <c>client_secret</c>.</param>
/// <param name="Idrs">[idrs]: the reseller id on the IRS/Otomax side.</param>
/// <param name="Pin">[pin]: the transaction PIN.</param>
/// <param name="Product">[product]: the product code.</param>
/// <param name="TrxId">[trxid]: the partner's transaction id, Klikoo's <c>ref_id</c>.</param>
/// <param name="Tujuan">[tujuan]: the destination, Klikoo's <c>to</c>.</param>
/// <param name="Amount">[amount]: the amount.</param>
/// <param name="SellingPrice">[selling_price]: the partner's selling price.</param>
public sealed record OtomaxValues(
    string? User = null,
    string? Pass = null,
    string? Idrs = null,
    string? Pin = null,
    string? Product = null,
    string? TrxId = null,
    string? Tujuan = null,
    string? Amount = null,
    string? SellingPrice = null);
