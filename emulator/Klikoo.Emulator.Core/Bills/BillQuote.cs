using System.Text.Json.Serialization;

namespace Klikoo.Emulator.Bills;

/// <summary>
/// The bill a client was last told it owes on one product and account (docs/open-api.md#paying-a-bill): what its
/// payment refers to, since Klikoo's buy body names no inquiry. Valid until the end of the day of the inquiry in WIB.
/// </summary>
/// <param name="ClientId">The client that inquired.</param>
/// <param name="ProductCode">The postpaid product.</param>
/// <param name="Account">The account number.</param>
/// <param name="CustomerName">The bill's customer, for the payment's SN.</param>
/// <param name="Periods">The periods the payment covers, oldest first.</param>
/// <param name="Total">What the payment charges: the bill's total_amount.</param>
/// <param name="ValidUntil">The end of the inquiry's day in WIB, on the emulator's clock.</param>
internal sealed record BillQuote(string ClientId, string ProductCode, string Account, string CustomerName, IReadOnlyList<string> Periods, long Total, DateTimeOffset ValidUntil)
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    /// <summary>The bill the payment marks paid: the product, the account and the newest period.</summary>
    [JsonIgnore]
    public PaidBill Bill => new(ProductCode, Account, Periods[^1]);

    public static BillQuote Of(string clientId, Bill bill, DateTimeOffset now) =>
        new(clientId, bill.Product.Code, bill.Account, bill.CustomerName, [.. bill.Periods.Select(p => p.Period)], bill.Total, EndOfDay(now));

    public bool IsValidAt(DateTimeOffset now) => now < ValidUntil;

    /// <summary>Midnight WIB after <paramref name="now"/>: when a quote made now runs out.</summary>
    public static DateTimeOffset EndOfDay(DateTimeOffset now)
    {
        var wib = now.ToOffset(Wib);
        return new DateTimeOffset(wib.Date.AddDays(1), Wib);
    }

    /// <summary>The first day of the next month in WIB: a paid bill stays paid until then, when the next bill is due.</summary>
    public static DateTimeOffset EndOfMonth(DateTimeOffset now)
    {
        var wib = now.ToOffset(Wib);
        return new DateTimeOffset(new DateTime(wib.Year, wib.Month, 1, 0, 0, 0, DateTimeKind.Unspecified).AddMonths(1), Wib);
    }
}
