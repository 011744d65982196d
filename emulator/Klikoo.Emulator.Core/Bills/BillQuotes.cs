namespace Klikoo.Emulator.Bills;

/// <summary>
/// Quotes and paid bills in this process (the default; <see cref="RedisBillQuotes"/> shares them): at most
/// <see cref="Capacity"/> of each, the oldest forgotten beyond it, and any that ran out forgotten as others are
/// written (docs/limits.md). Every call completes at once.
/// </summary>
internal sealed class BillQuotes : IBillQuotes
{
    /// <summary>How many quotes, and how many paid bills, are held at most.</summary>
    public const int Capacity = 100_000;

    private readonly ExpiringEntries<(string ClientId, string ProductCode, string Account), BillQuote> _quotes = new(Capacity);
    private readonly ExpiringEntries<PaidBill, BillPayer> _paid = new(Capacity);

    public int Quotes => _quotes.Count;

    public int Paid => _paid.Count;

    public ValueTask RememberAsync(BillQuote quote, DateTimeOffset now)
    {
        _quotes.Set((quote.ClientId, quote.ProductCode, quote.Account), quote, quote.ValidUntil, now);
        return ValueTask.CompletedTask;
    }

    public ValueTask<BillQuote?> LatestAsync(string clientId, string productCode, string account, DateTimeOffset now) =>
        ValueTask.FromResult(_quotes.TryGet((clientId, productCode, account), now, out var quote) ? quote : null);

    public ValueTask<BillPayer?> PayerAsync(PaidBill bill, DateTimeOffset now) =>
        ValueTask.FromResult(_paid.TryGet(bill, now, out var payer) ? payer : null);

    public ValueTask<bool> TryClaimAsync(PaidBill bill, BillPayer payer, BillPayer? voided, DateTimeOffset until, DateTimeOffset now) =>
        ValueTask.FromResult(_paid.TrySet(bill, held => held is null || held == payer || held == voided, payer, until, now));

    public ValueTask ReleaseAsync(PaidBill bill, BillPayer payer)
    {
        _paid.RemoveIf(bill, held => held == payer);
        return ValueTask.CompletedTask;
    }

    public void Reset()
    {
        _quotes.Clear();
        _paid.Clear();
    }
}
