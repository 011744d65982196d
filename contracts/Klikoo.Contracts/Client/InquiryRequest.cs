namespace Klikoo.Contracts.Client;

/// <summary>An Inquiry Prepaid request (docs/klikoo-interface.md#endpoints); the credentials come from <see cref="KlikooClientOptions"/>.</summary>
/// <param name="ProductCode">Klikoo product code, e.g. <c>PLN20</c>.</param>
/// <param name="RefId">The partner's transaction id (Otomax <c>[trxid]</c>).</param>
/// <param name="To">The destination: phone number, PLN meter or customer id.</param>
/// <param name="Amount">The amount; required by open denominations such as DNOPEN.</param>
/// <param name="SellingPrice">The partner's selling price.</param>
public sealed record InquiryRequest(string ProductCode, string RefId, string To, long? Amount = null, long? SellingPrice = null);
