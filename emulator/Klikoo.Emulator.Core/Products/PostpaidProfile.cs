namespace Klikoo.Emulator.Products;

/// <summary>
/// Makes a family postpaid (docs/fixtures.md#postpaid-bills): its products are inquired with
/// <c>POST transactions/inquiry-postpaid</c> and paid with <c>POST products/buy</c>, never bought as a denomination;
/// a product's price is its admin fee per period.
/// </summary>
/// <param name="Kind">What kind of bill it pays.</param>
/// <param name="MaxPeriods">The most periods one payment covers (arrears beyond are refused, as billers do).</param>
public sealed record PostpaidProfile(PostpaidKind Kind, int MaxPeriods)
{
    public const int MaxPeriodsLimit = 24;
}
