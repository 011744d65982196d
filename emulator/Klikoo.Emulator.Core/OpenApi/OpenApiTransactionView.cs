using System.Globalization;
using Klikoo.Contracts.Lines;
using Klikoo.Contracts.OpenApi;
using Klikoo.Emulator.Bills;
using Klikoo.Emulator.Customers;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Products;
using Klikoo.Emulator.Transactions;

namespace Klikoo.Emulator.OpenApi;

/// <summary>
/// A transaction as the Open API shows it (buy, detail, history, purchase callback), fields in Klikoo's documented
/// order: the status words <c>PENDING</c>/<c>SUCCESS</c>/<c>FAILED</c>, <c>amount</c> the price charged, balances
/// before and after (while pending, both the deposit now), <c>transaction_time</c> UTC with microseconds.
/// </summary>
internal sealed class OpenApiTransactionView(FixtureStore fixtures, CustomerDirectory customers, BillGenerator bills, IClientLedger ledger)
{
    public const string Pending = "PENDING";

    /// <summary>The callback's <c>response_code</c> and message (docs/open-api.md#assumed-not-documented-by-klikoo).</summary>
    public static readonly string CallbackCode = OpenApiStatus.Success.Code(OpenApiService.Transaction);

    public async ValueTask<TransactionData> DetailAsync(Transaction transaction)
    {
        var v = await ReadAsync(transaction);
        return new TransactionData
        {
            TransactionId = v.Snapshot.TransactionId, Status = v.Status, PartnerReferenceId = v.Snapshot.RefId, Amount = Text(v.Snapshot.Price),
            TransactionTime = Time(v.Snapshot.CreatedAt), Reason = v.Snapshot.Reason ?? "", ProductId = "", ProductName = v.ProductName,
            Sn = v.Snapshot.SerialNumber ?? "", Value = v.Snapshot.Destination, CustomerName = v.CustomerName,
            CurrentBalance = Text(v.Balance.After), BeginningBalance = Text(v.Balance.Before), ProductCode = v.Snapshot.ProductCode,
        };
    }

    public async ValueTask<TransactionHistoryItem> RowAsync(Transaction transaction)
    {
        var v = await ReadAsync(transaction);
        return new TransactionHistoryItem
        {
            CreatedAt = Time(v.Snapshot.CreatedAt), TransactionId = v.Snapshot.TransactionId, Status = v.Status, PartnerReferenceId = v.Snapshot.RefId,
            Amount = Text(v.Snapshot.Price), TransactionTime = Time(v.Snapshot.CreatedAt), Reason = v.Snapshot.Reason ?? "", ProductId = "",
            ProductName = v.ProductName, Sn = v.Snapshot.SerialNumber ?? "", Value = v.Snapshot.Destination, CustomerName = v.CustomerName,
            CurrentBalance = Text(v.Balance.After), BeginningBalance = Text(v.Balance.Before), ProductCode = v.Snapshot.ProductCode,
        };
    }

    /// <summary>The JSON purchase callback of a final transaction (its balance is its own); balances are numbers here.</summary>
    public PurchaseCallback Callback(Transaction transaction)
    {
        var v = Read(transaction, transaction.Snapshot().Balance ?? default);
        return new PurchaseCallback
        {
            ResponseCode = CallbackCode, ResponseMessage = OpenApiStatus.Success.Message, PartnerReferenceId = v.Snapshot.RefId,
            TransactionId = v.Snapshot.TransactionId, Amount = Text(v.Snapshot.Price), TransactionTime = Time(v.Snapshot.CreatedAt),
            TransactionStatus = v.Status, Reason = v.Snapshot.Reason ?? "", ProductName = v.ProductName, Sn = v.Snapshot.SerialNumber ?? "",
            Value = v.Snapshot.Destination, CustomerName = v.CustomerName, CurrentBalance = v.Balance.After, BeginningBalance = v.Balance.Before,
            ProductCode = v.Snapshot.ProductCode,
        };
    }

    /// <summary><c>2024-05-21T04:54:18.788451Z</c>: UTC, six fractional digits.</summary>
    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    public static string StatusWord(TransactionStatus status) => status switch
    {
        TransactionStatus.Success => "SUCCESS",
        TransactionStatus.Failed => "FAILED",
        _ => Pending,
    };

    // A pending transaction shows the client's balance now, unchanged.
    private async ValueTask<View> ReadAsync(Transaction transaction) =>
        Read(transaction, transaction.Snapshot().Balance ?? BalanceChange.Unchanged(await ledger.BalanceOfAsync(transaction.Account)));

    private View Read(Transaction transaction, BalanceChange balance)
    {
        var snapshot = transaction.Snapshot();
        // A bill payment names the bill's customer (docs/open-api.md#paying-a-bill), as its inquiry did.
        var name = transaction.Product.Family.Postpaid is not null
            ? bills.CustomerName(transaction.Destination)
            : FamilyDisplay.CustomerName(transaction.Product.Family, customers.Find(fixtures.Current, transaction.Product.Family, transaction.Destination)) ?? "";
        return new(snapshot, StatusWord(snapshot.Status), ProductNames.Of(transaction.Product, transaction.Amount), name, balance);
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private readonly record struct View(TransactionSnapshot Snapshot, string Status, string ProductName, string CustomerName, BalanceChange Balance);
}
