using Klikoo.Emulator.Admin;

namespace Klikoo.Emulator.Bills;

/// <summary>
/// Each client's latest quote per product and account, and who paid each bill (docs/open-api.md#paying-a-bill).
/// <see cref="BillQuotes"/> keeps them in this process, bounded; <see cref="RedisBillQuotes"/> in Redis, shared by
/// replicas. Expiry is the emulator clock's, never the store's: callers pass their <c>now</c>.
/// </summary>
internal interface IBillQuotes : IResettableState
{
    /// <summary>Keeps <paramref name="quote"/> as its client's latest for its product and account, replacing any earlier one.</summary>
    ValueTask RememberAsync(BillQuote quote, DateTimeOffset now);

    /// <summary>The client's latest quote for the product and account; null when there is none or it ran out at <paramref name="now"/>.</summary>
    ValueTask<BillQuote?> LatestAsync(string clientId, string productCode, string account, DateTimeOffset now);

    /// <summary>Who claimed <paramref name="bill"/>, while the claim lasts; null when nobody did.</summary>
    ValueTask<BillPayer?> PayerAsync(PaidBill bill, DateTimeOffset now);

    /// <summary>
    /// Claims <paramref name="bill"/> for <paramref name="payer"/> until <paramref name="until"/>, atomically: true when
    /// nobody holds it, or its holder is <paramref name="payer"/> or <paramref name="voided"/> (a payment that failed);
    /// false when another payer holds it.
    /// </summary>
    ValueTask<bool> TryClaimAsync(PaidBill bill, BillPayer payer, BillPayer? voided, DateTimeOffset until, DateTimeOffset now);

    /// <summary>Gives up <paramref name="payer"/>'s claim (its payment made no transaction); another payer's stays.</summary>
    ValueTask ReleaseAsync(PaidBill bill, BillPayer payer);
}
