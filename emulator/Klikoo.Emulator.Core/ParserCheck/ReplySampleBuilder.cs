using System.Globalization;
using Bogus;
using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Customers;
using Klikoo.Emulator.Irs;
using Klikoo.Emulator.Products;
using Klikoo.Emulator.Seeding;

namespace Klikoo.Emulator.ParserCheck;

/// <summary>
/// Writes the sample replies with their true values, varying what a parser may trip over from line to line: numeric
/// and UUID ref_ids and TRXIDs, a balance after with thousands dots, without them, and 0.
/// </summary>
internal sealed class ReplySampleBuilder(DateTimeOffset at, long balance)
{
    private const int Seed = 1;
    private const long FirstTransactionId = 10_000_001;
    private int _count;

    public List<ReplySample> Samples { get; } = [];

    public string NextRefId()
    {
        var n = _count++;
        return n % 2 == 0 ? (359_912_451 + n).ToString(CultureInfo.InvariantCulture) : Uuid(n, "refid");
    }

    public void Inquiry(Product product, Customer customer, string kind)
    {
        var price = product.PriceFor(product.Open?.MinAmount);
        var line = InquiryLines.Reply(product, price, customer, null, at);
        Add($"{Name(product)} inquiry, {kind}", line, price: price.ToString(CultureInfo.InvariantCulture));
    }

    public void Success(Product product, Customer customer, string kind, string serialNumber) =>
        Final(product, customer.Destination, $"SUCCESS, {kind}", serialNumber, null, null);

    public void Pinned(Product product, string rule, string serialNumber, string? transactionId, long? balanceBefore) =>
        Final(product, product.Destination.Example, $"SUCCESS, SN of scenario '{rule}'", serialNumber, transactionId, balanceBefore);

    public void Failed(Product product, string reason)
    {
        var refId = NextRefId();
        var line = new FailedLine(refId, product.Code, product.Destination.Example, reason, TransactionId(), BalanceChange.Unchanged(Before(product)), at);
        var saldo = KlikooMoney.FormatThousands(line.Balance.After);
        Add($"{Name(product)} FAILED '{reason}' (buy, and the same buy sent again)", line, price: "0", saldo: saldo);
        AddReport($"{Name(product)} FAILED '{reason}' report", line, price: "0", saldo: saldo);
    }

    public void InProgress(Product product) =>
        Add($"{Name(product)} INPROGRESS", new InProgressLine(NextRefId(), product.Code, product.Destination.Example, TransactionId(), at));

    public void Rejected(Product product, string reason) =>
        Add($"buy refused '{reason}'", new RejectedLine(NextRefId(), product.Code, reason, at));

    public void InquiryFailure(string destination, string reason) =>
        Add($"inquiry failed '{reason}'", new InquiryFailureLine(destination, reason, at));

    private void Final(Product product, string destination, string what, string serialNumber, string? transactionId, long? balanceBefore)
    {
        var price = product.PriceFor(product.Open?.MinAmount);
        var refId = NextRefId();
        var change = BalanceChange.Charge(balanceBefore ?? Before(product), price);
        var line = new SuccessLine(refId, product.Code, destination, serialNumber, transactionId ?? TransactionId(), change, at);
        var (deduction, after) = (KlikooMoney.FormatThousands(change.Deduction), KlikooMoney.FormatThousands(change.After));
        Add($"{Name(product)} {what} (buy, and the same buy sent again)", line, serialNumber, deduction, after);
        AddReport($"{Name(product)} {what} report", line, serialNumber, deduction, after);
    }

    // Balances that leave a dotted, an undotted and a zero balance after.
    private long Before(Product product)
    {
        var price = product.PriceFor(product.Open?.MinAmount);
        return (_count % 3) switch
        {
            0 => Math.Max(balance, price),
            1 => price,
            _ => price + 999,
        };
    }

    private string TransactionId() =>
        _count % 4 < 2 ? (FirstTransactionId + _count).ToString(CultureInfo.InvariantCulture) : Uuid(_count, "trxid");

    private void Add(string shape, RLine line, string? sn = null, string? price = null, string? saldo = null) =>
        Samples.Add(new ReplySample(shape, line.Format(), sn, price, saldo));

    // docs/otomax.md#reports-callbacks: the report's {message} is the final line without its &refid= tail.
    private void AddReport(string shape, TransactionLine line, string? sn = null, string? price = null, string? saldo = null)
    {
        var text = line.Format();
        var tail = "&refid=" + line.RefId;
        Samples.Add(new ReplySample(shape, text.EndsWith(tail, StringComparison.Ordinal) ? text[..^tail.Length] : text, sn, price, saldo));
    }

    private static string Name(Product product) => $"{product.Family.Name} {product.Code}";

    private static string Uuid(int n, string purpose) =>
        new Randomizer(StableSeed.For(Seed, n.ToString(CultureInfo.InvariantCulture), purpose)).Uuid().ToString();
}
