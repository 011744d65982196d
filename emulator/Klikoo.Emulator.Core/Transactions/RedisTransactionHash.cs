using System.Globalization;
using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Clients;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Products;
using Klikoo.Emulator.Scenarios;
using StackExchange.Redis;

namespace Klikoo.Emulator.Transactions;

/// <summary>
/// A transaction as a Redis hash (<see cref="RedisTransactionStore"/>) and back: plain strings, instants as 19-digit
/// UTC ticks (so the Lua scripts compare them as strings), the client and product taken from the fixtures of now.
/// </summary>
internal sealed class RedisTransactionHash(FixtureStore fixtures)
{
    /// <summary>The hash fields of a new transaction but its creation number and TRXID, which the create script adds.</summary>
    public static RedisValue[] Fields(Transaction t) =>
    [
        "client", t.Key.ClientId, "ref", t.Key.RefId,
        "product", t.Product.Code, "family", t.Product.Family.Name, "denomination", t.Product.Denomination?.ToString(CultureInfo.InvariantCulture) ?? "",
        "openFee", t.Product.Open?.Fee.ToString(CultureInfo.InvariantCulture) ?? "",
        "dest", t.Destination, "amount", t.Amount?.ToString(CultureInfo.InvariantCulture) ?? "", "price", t.Price,
        "sn", t.SerialNumber,
        "result", t.Outcome.Result switch { BuyResult.Success => "S", BuyResult.Failed => "F", _ => "P" },
        "reason", t.Outcome.Reason ?? "", "rule", t.RuleName ?? "",
        "created", Ticks(t.CreatedAt), "resolveAt", t.ResolveAt is { } due ? Ticks(due) : "",
        "openapi", t.ViaOpenApi ? "1" : "0", "room", t.HoldsPendingRoom ? "1" : "0", "status", "0",
    ];

    // Balances and prices stay far below 2^53, where the scripts' Lua numbers are exact (RedisTransactionScripts).
    private const long MaxPrice = 1L << 53;

    /// <summary>The transaction in <paramref name="entries"/>; null when there is none; throws when it cannot be read.</summary>
    public Transaction? Load(HashEntry[] entries) =>
        TryLoad(entries, out var transaction) is { } problem ? throw new InvalidDataException($"A stored transaction cannot be read: {problem}") : transaction;

    /// <summary>
    /// Reads <paramref name="entries"/>: null, with <paramref name="transaction"/> null when there is none; else what
    /// makes them no transaction (a field missing, not a number, out of range), set by hand or damaged.
    /// </summary>
    public string? TryLoad(HashEntry[] entries, out Transaction? transaction)
    {
        transaction = null;

        // A forgotten transaction stays a few seconds, marked gone, for requests that read it just before.
        if (entries.Length == 0 || entries.Any(e => e.Name == "gone"))
        {
            return null;
        }

        try
        {
            transaction = Read(entries);
            return null;
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or KeyNotFoundException or ArgumentException or InvalidDataException)
        {
            return ex.Message.Length > 200 ? ex.Message[..200] + "..." : ex.Message;
        }
    }

    private Transaction Read(HashEntry[] entries)
    {
        var f = entries.ToDictionary(e => (string)e.Name!, e => (string?)e.Value ?? "", StringComparer.Ordinal);
        var key = new TransactionKey(f["client"], f["ref"]);
        var stored = f["status"];
        var status = stored is "0" or "1" or "2" ? StatusOf(stored) : throw new InvalidDataException($"status {stored} is none of 0, 1, 2");
        if (long.Parse(f["price"], CultureInfo.InvariantCulture) is < 0 or > MaxPrice)
        {
            throw new InvalidDataException($"price {f["price"]} is out of range");
        }

        var record = new TransactionRecord(
            key, long.Parse(f["seq"], CultureInfo.InvariantCulture), f["product"], f["dest"], NullableLong(f["amount"]),
            long.Parse(f["price"], CultureInfo.InvariantCulture), f["trxid"], f["sn"],
            f["result"] switch { "S" => BuyResult.Success, "F" => BuyResult.Failed, _ => BuyResult.Pending },
            NullIfEmpty(f["reason"]), NullIfEmpty(f["rule"]), TimeOf(f["created"])!.Value, TimeOf(f["resolveAt"]),
            f["openapi"] == "1", f["room"] == "1", status, NullIfEmpty(f.GetValueOrDefault("freason")),
            status == TransactionStatus.InProgress
                ? default
                : new BalanceChange(Long(f["before"]), Long(f["deduction"]), Long(f["after"])),
            TimeOf(f.GetValueOrDefault("resolved")));
        return new Transaction(record, AccountOf(key.ClientId), ProductOf(f));
    }

    // The client and product as the fixtures say now; a transaction outlives a fixture that drops them.
    private ClientAccount AccountOf(string clientId) =>
        fixtures.Current.TryGetClient(clientId, out var account) ? account : new ClientAccount(clientId, "", "", 0, null);

    private Product ProductOf(Dictionary<string, string> f)
    {
        var catalog = fixtures.Current;
        var family = FamilyOf(catalog.Families, f["family"]);
        if (catalog.TryGetProduct(f["product"], out var product) && (family is null || product.Family == family))
        {
            return product;
        }

        if (family is null)
        {
            // Never a stand-in family: its display, SN and category would be another family's.
            throw new InvalidDataException($"transaction {f["ref"]} names family '{f["family"]}', which the fixtures do not define, and product '{f["product"]}', which they no longer list");
        }

        var fee = NullableLong(f["openFee"]);
        return new Product(
            f["product"], family, long.Parse(f["price"], CultureInfo.InvariantCulture),
            fee is { } openFee ? new OpenDenomination(openFee, 0, long.MaxValue) : null,
            family.Destination, NullableLong(f["denomination"]));
    }

    // Hashes written before families were profiles hold the enum's name (Pln, Ovo): the same name, capitalised.
    private static FamilyProfile? FamilyOf(FamilyTable families, string name) =>
        families.TryGet(name, out var family) || families.TryGet(name.ToLowerInvariant(), out family) ? family : null;

    public static TransactionStatus StatusOf(string? status) => status switch
    {
        "1" => TransactionStatus.Success,
        "2" => TransactionStatus.Failed,
        _ => TransactionStatus.InProgress,
    };

    /// <summary>A hash's fields as a script returns them (HGETALL's flat name, value, name, value...).</summary>
    public static HashEntry[] Entries(RedisResult[] flat)
    {
        var entries = new HashEntry[flat.Length / 2];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = new HashEntry((string)flat[2 * i]!, (string)flat[2 * i + 1]!);
        }

        return entries;
    }

    public static string Ticks(DateTimeOffset at) => at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);

    public static DateTimeOffset? TimeOf(string? ticks) =>
        string.IsNullOrEmpty(ticks) ? null : new DateTimeOffset(long.Parse(ticks, CultureInfo.InvariantCulture), TimeSpan.Zero);

    private static long Long(string value) => long.Parse(value, CultureInfo.InvariantCulture);

    private static long? NullableLong(string? value) => string.IsNullOrEmpty(value) ? null : long.Parse(value, CultureInfo.InvariantCulture);

    public static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
