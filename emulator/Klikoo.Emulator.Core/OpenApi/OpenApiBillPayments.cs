using System.Globalization;
using Klikoo.Contracts.Lines;
using Klikoo.Contracts.OpenApi;
using Klikoo.Emulator.Bills;
using Klikoo.Emulator.Clock;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Orders;
using Klikoo.Emulator.Products;
using Klikoo.Emulator.Transactions;

namespace Klikoo.Emulator.OpenApi;

/// <summary>
/// Paying a postpaid bill with <c>POST products/buy</c> (docs/open-api.md#paying-a-bill): the payment refers to the
/// client's latest quote of the product and account (Klikoo's buy body names no inquiry), claims the bill for its
/// reference, and charges the quoted total through the order core's one buy, so a reference makes one transaction
/// and a bill is charged once however many payments race. A payment that fails leaves the bill to pay again.
/// </summary>
internal sealed class OpenApiBillPayments(IBillQuotes quotes, BillGenerator bills, OrderService orders, EmulatorClock clock)
{
    /// <summary>
    /// The transaction that paid <paramref name="bill"/>, while it stands (pending or SUCCESS), with its payer; a
    /// claim whose payment failed, or whose reference made another transaction, is void: (payer, null).
    /// </summary>
    public async ValueTask<(BillPayer? Payer, Transaction? PaidBy, bool Paid)> PaidAsync(PaidBill bill, DateTimeOffset now)
    {
        if (await quotes.PayerAsync(bill, now) is not { } payer)
        {
            return (null, null, false);
        }

        // A claim whose transaction is not there yet is a payment under way (or one forgotten for space): it holds.
        var transaction = await orders.GetAsync(payer.ClientId, payer.RefId);
        var paid = transaction is null || (transaction.Status != TransactionStatus.Failed
            && string.Equals(transaction.Product.Code, bill.ProductCode, StringComparison.Ordinal)
            && string.Equals(transaction.Destination, bill.Account, StringComparison.Ordinal));
        return (payer, transaction, paid);
    }

    /// <summary>Remembers <paramref name="bill"/> as the client's latest quote, unless it is paid: then why it is (404xx7002).</summary>
    public async ValueTask<string?> QuoteAsync(string clientId, Bill bill)
    {
        var now = clock.GetUtcNow();
        var quote = BillQuote.Of(clientId, bill, now);
        if (await PaidAsync(quote.Bill, now) is { Paid: true } paid)
        {
            return $"the bill of {bill.Account} up to {bill.LastPeriod} is paid: {Describe(clientId, paid.Payer!, paid.PaidBy)}";
        }

        await quotes.RememberAsync(quote, now);
        return null;
    }

    /// <summary>
    /// Pays the bill <paramref name="valid"/> names (a postpaid product, an account of its shape, a reference of its
    /// shape): a refusal with its code and diagnosis, or what the order core's buy did.
    /// </summary>
    public async ValueTask<(OpenApiAnswer? Refusal, NewBuy? Bought)> PayAsync(Order valid, ProductBuyRequest request, FixtureCatalog catalog)
    {
        var client = valid.Account.ClientId;
        var order = OpenApiPurchases.Order(request.ProductCode, request.PartnerReferenceId, request.Value, request.Amount, request.SellingPrice);
        OpenApiAnswer Refuse(OpenApiStatus status, string why) => OpenApiAnswer.Error(status, OpenApiService.Transaction, why, client) with { Order = order };

        if (string.IsNullOrEmpty(request.Amount))
        {
            return (Refuse(OpenApiStatus.FieldEmpty, "amount is missing or empty: send the total_amount of the latest inquiry-postpaid"), null);
        }

        // A reference used before answers 409 as any buy's does, and never claims the bill.
        if (await orders.GetAsync(client, valid.RefId) is { } used)
        {
            return (null, new NewBuy(used, false, RejectionCause.RefIdUsed));
        }

        var now = clock.GetUtcNow();
        var quote = await quotes.LatestAsync(client, valid.Product.Code, valid.Destination, now);
        var found = bills.Find(valid.Product, valid.Destination, valid.Product.Family.Postpaid!.Kind == PostpaidKind.Bpjs ? quote?.Periods.Count ?? 1 : null, now);
        if (found.Bill is null)
        {
            return (Refuse(found.Refusal == BillRefusal.LastInstalment ? OpenApiStatus.LastInstalment : OpenApiStatus.CustomerNotFound, found.Why!), null);
        }

        var bill = quote?.Bill ?? new PaidBill(valid.Product.Code, valid.Destination, found.Bill.LastPeriod);
        var paid = await PaidAsync(bill, now);
        if (paid.Paid)
        {
            return (Refuse(OpenApiStatus.CustomerNotFound, $"the bill of {bill.Account} up to {bill.Period} is paid: {Describe(client, paid.Payer!, paid.PaidBy)}"), null);
        }

        if (quote is null)
        {
            return (Refuse(OpenApiStatus.ValidationError,
                $"no inquiry of {valid.Product.Code} for {valid.Destination} today (WIB) by this client: a payment pays the latest POST transactions/inquiry-postpaid, valid until midnight WIB"), null);
        }

        var amount = long.Parse(request.Amount, NumberStyles.None, CultureInfo.InvariantCulture);
        if (amount < quote.Total)
        {
            return (Refuse(OpenApiStatus.PaymentBelowMinimum, $"amount {amount} is below the bill's total_amount {quote.Total} (bill, late fees and admin fee)"), null);
        }

        var payer = new BillPayer(client, valid.RefId);
        if (!await quotes.TryClaimAsync(bill, payer, paid.Payer, BillQuote.EndOfMonth(now), now))
        {
            var winner = await PaidAsync(bill, now);
            return (Refuse(OpenApiStatus.CustomerNotFound, $"the bill of {bill.Account} up to {bill.Period} is paid: {(winner.Payer is { } p ? Describe(client, p, winner.PaidBy) : "by another payment")}"), null);
        }

        var bought = await orders.BuyAsync(valid with { Charge = quote.Total, SerialNote = $"{quote.CustomerName}/{string.Join(',', quote.Periods)}" }, catalog);
        if (bought.Transaction is null)
        {
            await quotes.ReleaseAsync(bill, payer);
        }

        return (null, bought);
    }

    // Another client's payment is named only as such: its references are its own.
    private static string Describe(string clientId, BillPayer payer, Transaction? transaction) =>
        !string.Equals(payer.ClientId, clientId, StringComparison.Ordinal) ? "by another client's payment"
        : transaction is null ? $"partner_reference_id '{payer.RefId}' is paying it"
        : $"transaction {transaction.TransactionId} (partner_reference_id '{payer.RefId}', {OpenApiTransactionView.StatusWord(transaction.Status)})";
}
