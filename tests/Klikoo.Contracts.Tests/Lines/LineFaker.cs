using Bogus;
using Klikoo.Contracts.Lines;

namespace Klikoo.Contracts.Tests.Lines;

/// <summary>
/// Seeded generators for every line shape, with the awkward values docs/klikoo-interface.md#transaction-reports allows:
/// SNs, names and reasons full of punctuation and the layout's own separators, destinations of every catalogue shape.
/// </summary>
internal sealed class LineFaker(int seed)
{
    private const string SerialChars = "0123456789ABCDEFGHJKLMNPRSTUVWXYZabcdefghijk-/.:()[]', ";
    private const string ReasonChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,:;-_()'/&=+%#@!?*";
    private readonly Faker _faker = new() { Random = new Randomizer(seed) };
    private readonly CatalogueLineFaker _catalogue = new(seed);

    public RLine Any() => _faker.Random.Int(0, 5) switch
    {
        0 => new InquirySuccessLine(ProductCode(), Amount(), _catalogue.Destination(), Name(), _faker.Random.Bool() ? "R1/2200VA" : null, Timestamp()),
        1 => new InquiryFailureLine(_faker.Random.Bool(0.9f) ? _catalogue.Destination() : "", Text(ReasonChars, 0, 80), Timestamp()),
        2 => new InProgressLine(RefId(), ProductCode(), _catalogue.Destination(), TransactionId(), Timestamp()),
        3 => new SuccessLine(RefId(), ProductCode(), _catalogue.Destination(), Text(SerialChars, 1, 60), TransactionId(), Balance(), Timestamp()),
        4 => new FailedLine(RefId(), ProductCode(), _catalogue.Destination(), Text(ReasonChars, 0, 80), TransactionId(), Balance(), Timestamp()),
        _ => new RejectedLine(RefId(), _faker.Random.Bool(0.9f) ? ProductCode() : "", Text(ReasonChars, 0, 80), Timestamp()),
    };

    // No name, a name with the layout's separators in it, or a real one with its titles and degrees.
    private string? Name() => _faker.Random.Int(0, 2) switch
    {
        0 => null,
        1 => Text(ReasonChars, 1, 30).Trim() + "x",
        _ => _catalogue.Name(),
    };

    private string ProductCode() => _faker.Random.String2(2, 6, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + Digits(0, 7);

    private string RefId() => _faker.Random.Bool() ? Digits(1, 12) : _faker.Random.Guid().ToString();

    private string TransactionId() => _faker.Random.Bool() ? Digits(1, 10) : _faker.Random.Guid().ToString();

    private string Digits(int min, int max) => _faker.Random.String2(_faker.Random.Int(min, max), "0123456789");

    // The layout's own separators, so free text collides with them far more often than random characters would.
    private static readonly string[] Tricky = [". ", ". @", ". TRXID: ", ". TRXID: -. @", "SN: ", "REASON: ", " - ", " = ", "&refid=", ". CUSTNAME: ", ". SISA SALDO: ", "R#", "@12:00:00.000000 01/01/2024"];

    private string Text(string chars, int min, int max)
    {
        var length = _faker.Random.Int(min, max);
        var builder = new System.Text.StringBuilder(length + 32);
        while (builder.Length < length)
        {
            builder.Append(_faker.Random.Bool(0.2f) ? _faker.Random.ArrayElement(Tricky) : _faker.Random.String2(1, chars));
        }

        return builder.ToString();
    }

    private long Amount() => _faker.Random.Long(0, 1_000_000_000_000);

    private BalanceChange Balance()
    {
        var before = Amount();
        var deduction = _faker.Random.Long(0, before);

        // Mostly consistent, sometimes not: the codec must keep what it reads (Klikoo's FAILED sample does not add up).
        return _faker.Random.Bool(0.8f) ? BalanceChange.Charge(before, deduction) : new BalanceChange(before, deduction, Amount());
    }

    private DateTimeOffset Timestamp() =>
        new DateTimeOffset(2020, 1, 1, 0, 0, 0, KlikooTimestamp.WibOffset).AddTicks(_faker.Random.Long(0, 3_000_000_000_000) * 10 * 1000 / 1000);
}
