using Klikoo.Emulator.Products;

namespace Klikoo.Emulator.Bills;

/// <summary>
/// What an account owes on a postpaid product (docs/open-api.md#postpaid-bills): the periods, oldest first, and the
/// admin fee, the product's price per period.
/// </summary>
internal sealed record Bill(Product Product, string Account, string CustomerName, IReadOnlyList<BillPeriod> Periods, BillDetails Details)
{
    public long BillAmount => Periods.Sum(p => p.Amount);

    public long LateFee => Periods.Sum(p => p.LateFee);

    public long AdminFee => Product.Price * Periods.Count;

    /// <summary>What the payment charges.</summary>
    public long Total => BillAmount + LateFee + AdminFee;

    /// <summary>The newest period: paying the bill pays every period up to it.</summary>
    public string LastPeriod => Periods[^1].Period;
}
