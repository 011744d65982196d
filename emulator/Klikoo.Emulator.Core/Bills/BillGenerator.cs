using System.Diagnostics;
using System.Globalization;
using Klikoo.Emulator.Customers;
using Klikoo.Emulator.Products;
using Klikoo.Emulator.Seeding;

namespace Klikoo.Emulator.Bills;

/// <summary>
/// The bill of any well-shaped account (docs/open-api.md#postpaid-bills): the magic suffixes first, else a bill
/// seeded from <c>Klikoo:Seed</c> and the account, as generated customers are, so an account always owes the same.
/// Periods follow the emulator's clock in WIB: the months before this one, or for BPJS the months from this one on.
/// </summary>
internal sealed class BillGenerator(int seed)
{
    public const string OnePeriod = "9980";
    public const string SeveralPeriods = "9981";
    public const string NotFound = "9982";
    public const string Paid = "9983";
    public const string LastInstalmentSuffix = "9984";

    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    private static readonly string[] PowerCapacities = ["R1/900VA", "R1/1300VA", "R1/2200VA", "R2/3500VA", "B1/2200VA"];
    private static readonly string[] Streets = ["JL. MERDEKA", "JL. SUDIRMAN", "JL. DIPONEGORO", "JL. GAJAH MADA", "JL. PAHLAWAN", "GG. MELATI"];
    private static readonly string[] Items = ["HONDA BEAT 2024", "YAMAHA NMAX 2023", "HONDA VARIO 125", "TOYOTA AVANZA 2022", "SAMSUNG GALAXY A55"];
    private static readonly int[] Tenors = [12, 24, 36];
    private static readonly long[] BpjsPremiums = [35_000, 100_000, 150_000];

    /// <summary>
    /// The bill of <paramref name="account"/> on <paramref name="product"/> now; <paramref name="months"/> is BPJS's
    /// months to pay (1 when null).
    /// </summary>
    public BillInquiry Find(Product product, string account, int? months, DateTimeOffset now)
    {
        var postpaid = product.Family.Postpaid ?? throw new ArgumentException($"{product.Code} is not postpaid", nameof(product));
        if (account.EndsWith(NotFound, StringComparison.Ordinal))
        {
            return new(null, BillRefusal.CustomerNotFound, $"account {account} ends in {NotFound}: the biller knows no such customer (magic account)");
        }

        if (account.EndsWith(Paid, StringComparison.Ordinal))
        {
            return new(null, BillRefusal.AlreadyPaid, $"account {account} ends in {Paid}: its bill is paid already (magic account)");
        }

        var random = new Random(StableSeed.For(seed, account, "bill"));
        var name = Name(random);
        var month = now.ToOffset(Wib);
        var thisMonth = new DateOnly(month.Year, month.Month, 1);
        var count = account.EndsWith(OnePeriod, StringComparison.Ordinal) ? 1
            : account.EndsWith(SeveralPeriods, StringComparison.Ordinal) ? 3
            : postpaid.Kind == PostpaidKind.Bpjs ? months ?? 1
            : 1 + (random.Next(0, 4) == 0 ? 1 : 0);
        count = Math.Clamp(count, 1, postpaid.MaxPeriods);
        var start = postpaid.Kind == PostpaidKind.Bpjs ? thisMonth : thisMonth.AddMonths(-count);
        var details = Details(random, postpaid.Kind, account, count, thisMonth);
        var amount = Amount(random, postpaid.Kind, details);
        var lateFee = LateFee(postpaid.Kind);
        var periods = Enumerable.Range(0, count)
            .Select(i => new BillPeriod(Period(start.AddMonths(i)), amount + (postpaid.Kind == PostpaidKind.Electricity ? random.Next(0, 50) * 1000 : 0), i < count - 1 ? lateFee : 0))
            .ToList();
        if (postpaid.Kind == PostpaidKind.Electricity)
        {
            details = details with { MeterReading = Readings(random, periods) };
        }

        if (details.Instalment is { } instalment && instalment == details.Tenor)
        {
            return new(null, BillRefusal.LastInstalment, $"instalment {instalment} of {details.Tenor} is the last: it is paid at the branch office");
        }

        return new(new Bill(product, account, name, periods, details), BillRefusal.None);
    }

    /// <summary>The customer every bill of <paramref name="account"/> names, as a payment's detail and history show it.</summary>
    public string CustomerName(string account) => Name(new Random(StableSeed.For(seed, account, "bill")));

    public static string Period(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    // The first draw of the account's bill: the name stays the same whatever else the bill draws.
    private static string Name(Random random)
    {
        var (first, last) = IndonesianNames.Instance.Draw(random);
        return $"{first} {last}".ToUpperInvariant();
    }

    private static BillDetails Details(Random random, PostpaidKind kind, string account, int count, DateOnly thisMonth) => kind switch
    {
        PostpaidKind.Electricity => new(PowerCapacity: PowerCapacities[random.Next(0, PowerCapacities.Length)]),
        PostpaidKind.Water => new(
            Address: $"{Streets[random.Next(0, Streets.Length)]} NO. {random.Next(1, 200)}",
            DueDate: thisMonth.AddDays(19).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        PostpaidKind.Bpjs => new(Members: random.Next(1, 6)),
        PostpaidKind.Multifinance => Instalment(random, account, count),
        PostpaidKind.InternetTv or PostpaidKind.Phone => new(),
        _ => throw new UnreachableException($"no bill details for {kind}"),
    };

    private static BillDetails Instalment(Random random, string account, int count)
    {
        var tenor = Tenors[random.Next(0, Tenors.Length)];
        var instalment = account.EndsWith(LastInstalmentSuffix, StringComparison.Ordinal) ? tenor : random.Next(1, tenor - count + 1);
        return new(Instalment: instalment, Tenor: tenor, Item: Items[random.Next(0, Items.Length)]);
    }

    // Typical monthly bills of each kind, in rupiah.
    private static long Amount(Random random, PostpaidKind kind, BillDetails details) => kind switch
    {
        PostpaidKind.Electricity => random.Next(60, 1_200) * 1000L,
        PostpaidKind.Water => random.Next(30, 400) * 1000L + random.Next(0, 10) * 100,
        PostpaidKind.Bpjs => BpjsPremiums[random.Next(0, BpjsPremiums.Length)] * (details.Members ?? 1),
        PostpaidKind.InternetTv => random.Next(25, 80) * 10_000L + 5_000,
        PostpaidKind.Phone => random.Next(50, 500) * 1000L,
        PostpaidKind.Multifinance => random.Next(30, 300) * 10_000L,
        _ => throw new UnreachableException($"no bill amount for {kind}"),
    };

    // The denda on every period but the newest.
    private static long LateFee(PostpaidKind kind) => kind switch
    {
        PostpaidKind.Electricity => 3_000,
        PostpaidKind.Water => 5_000,
        PostpaidKind.Multifinance => 25_000,
        PostpaidKind.Bpjs or PostpaidKind.InternetTv or PostpaidKind.Phone => 0,
        _ => throw new UnreachableException($"no late fee for {kind}"),
    };

    // Start and end readings of the meter over the periods, kWh at PLN's 1.444,70 rupiah per kWh.
    private static string Readings(Random random, IReadOnlyList<BillPeriod> periods)
    {
        var start = random.Next(1_000, 90_000);
        var used = (long)periods.Sum(p => p.Amount / 1444.7m);
        return string.Create(CultureInfo.InvariantCulture, $"{start:00000000}-{start + used:00000000}");
    }
}
