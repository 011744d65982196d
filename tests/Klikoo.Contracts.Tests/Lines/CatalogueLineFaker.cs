using Bogus;
using Klikoo.Contracts.Lines;

namespace Klikoo.Contracts.Tests.Lines;

/// <summary>
/// Seeded lines as the emulator writes them for every product family of the catalogue
/// (docs/klikoo-interface.md#destinations-serial-numbers-and-names): destinations of each shape (phone, PLN number,
/// game id with its zone in brackets or after a space, plain id), SNs with slashes, spaces and dots, names with
/// punctuation. Values hold no layout marker, so the Otomax regexes must find every one of them exactly.
/// </summary>
internal sealed class CatalogueLineFaker(int seed)
{
    private static readonly string[] Brands = ["TSEL", "ISAT", "XL", "AXIS", "TRI", "SF"];
    private static readonly string[] Wallets = ["OVO", "GOPAY", "DN", "SHOPEE", "LINKAJA"];
    private static readonly string[] Titles = ["Ir. ", "H. ", "Hj. ", "Dr. ", "dr. ", ""];
    private static readonly string[] Degrees = [", S.Kom.", ", S.E.", ", S.T., M.T.", " (Alm.)", ""];
    private static readonly string[] Reasons =
    [
        "Saldo tidak mencukupi", "Supplier sedang gangguan", "Produk tidak ditemukan", "FR_NOT_SELECTED", "",
        "CUSTID not recognized. Biller throws exception. Err:5110", "Nomor salah. Tujuan tidak valid",
        "ID tidak ditemukan. Periksa Zone ID (1234). Coba lagi.", "No pelanggan salah, pastikan nomor yang diinput sesuai",
    ];

    private readonly Faker _faker = new("id_ID") { Random = new Randomizer(seed) };

    /// <summary>A line of any shape for a product of any family.</summary>
    public RLine Any()
    {
        var (product, destination, serial, name, power) = Product();
        return _faker.Random.Int(0, 5) switch
        {
            0 => new InquirySuccessLine(product, Amount(), destination, name, power, Timestamp()),
            1 => new InquiryFailureLine(destination, Reason(), Timestamp()),
            2 => new InProgressLine(RefId(), product, destination, TransactionId(), Timestamp()),
            3 => new SuccessLine(RefId(), product, destination, serial, TransactionId(), Balance(), Timestamp()),
            4 => new FailedLine(RefId(), product, destination, Reason(), TransactionId(), Balance(), Timestamp()),
            _ => new RejectedLine(RefId(), product, Reason(), Timestamp()),
        };
    }

    /// <summary>A destination of any shape the catalogue accepts.</summary>
    public string Destination() => _faker.Random.Int(0, 4) switch
    {
        0 => Phone(),
        1 => Digits(_faker.Random.Bool() ? 11 : 12),
        2 => $"{Digits(_faker.Random.Int(6, 10))}({Digits(_faker.Random.Int(4, 5))})",
        3 => $"{Digits(_faker.Random.Int(6, 10))} {Digits(_faker.Random.Int(4, 5))}",
        _ => Digits(_faker.Random.Int(5, 12)),
    };

    /// <summary>A person's name with the punctuation Indonesian names carry: titles, degrees, apostrophes.</summary>
    public string Name() => _faker.Random.Int(0, 3) switch
    {
        0 => "O'Brien, S.Kom.",
        1 => $"{_faker.PickRandom(Titles)}{_faker.Name.FirstName()} {_faker.Name.LastName()}{_faker.PickRandom(Degrees)}".ToUpperInvariant(),
        2 => $"{_faker.PickRandom(Titles)}{_faker.Name.FirstName()}-{_faker.Name.LastName()}{_faker.PickRandom(Degrees)}",
        _ => $"{_faker.Random.Char('A', 'Z')}**{_faker.Name.LastName()[1..]} {_faker.Random.Char('A', 'Z')}**.",
    };

    // (product code, destination, SN, name, power capacity) of one family; name and power as that family's inquiry shows them.
    private (string Product, string Destination, string Serial, string? Name, string? Power) Product()
    {
        switch (_faker.Random.Int(0, 5))
        {
            case 0:
                var pulsa = $"{_faker.PickRandom(Brands)}{_faker.PickRandom(5, 10, 25, 50, 100)}";
                return (pulsa, Phone(), $"R{Digits(6)}.{Digits(4)}.{Digits(6)}", null, null);
            case 1:
                var gigabytes = _faker.PickRandom(1, 5, 10, 25);
                return ($"{_faker.PickRandom(Brands)}D{gigabytes}GB", Phone(), $"{_faker.PickRandom(Brands)}/DATA {gigabytes}GB/30 HARI/{Digits(12)}", null, null);
            case 2:
                var diamonds = _faker.PickRandom(86, 172, 257, 706);
                var player = _faker.Random.Bool() ? $"{Digits(9)}({Digits(4)})" : $"{Digits(9)} {Digits(4)}";
                var zone = player.Replace(' ', '(') + (player.Contains(' ', StringComparison.Ordinal) ? ")" : "");
                return ($"MLBB{diamonds}", player, $"MLBB/{diamonds} Diamonds/{zone}", _faker.Random.Bool() ? Nickname() : null, null);
            case 3:
                var freeFire = Digits(_faker.Random.Int(8, 12));
                return ($"FF{_faker.PickRandom(70, 140, 355)}", freeFire, $"FF/{_faker.Random.Int(70, 720)} Diamonds/{freeFire}", _faker.Random.Bool() ? Nickname() : null, null);
            case 4:
                var wallet = _faker.PickRandom(Wallets);
                return ($"{wallet}{_faker.PickRandom(1, 10, 25, 100)}", Phone(), Digits(16), _faker.Random.Bool(0.8f) ? Name() : null, null);
            default:
                var meter = Digits(_faker.Random.Bool() ? 11 : 12);
                var name = Name();
                var power = $"R1{_faker.PickRandom("", "M")}/{_faker.PickRandom(450, 900, 1300, 2200)}VA";
                var token = $"{Digits(4)}-{Digits(4)}-{Digits(4)}-{Digits(4)}-{Digits(4)}/{name}/{power}/{_faker.Random.Int(10, 999)}.{_faker.Random.Int(0, 9)}";
                return ($"PLN{_faker.PickRandom(20, 50, 100)}", meter, token, name, power);
        }
    }

    private string Nickname() => $"{_faker.Internet.UserName()}.{_faker.Random.Int(1, 99)} [{_faker.Random.String2(2, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")}]";

    private string Phone() => "08" + Digits(_faker.Random.Int(8, 11));

    private string Reason() => _faker.PickRandom(Reasons);

    private string RefId() => _faker.Random.Bool() ? Digits(_faker.Random.Int(1, 12)) : _faker.Random.Guid().ToString();

    private string TransactionId() => _faker.Random.Bool() ? Digits(_faker.Random.Int(1, 10)) : _faker.Random.Guid().ToString();

    private string Digits(int length) => _faker.Random.String2(length, "0123456789");

    private long Amount() => _faker.Random.Long(0, 10_000_000_000);

    private BalanceChange Balance()
    {
        var before = Amount();
        return _faker.Random.Bool(0.9f) ? BalanceChange.Charge(before, _faker.Random.Long(0, before)) : BalanceChange.Unchanged(before);
    }

    private DateTimeOffset Timestamp() =>
        new DateTimeOffset(2020, 1, 1, 0, 0, 0, KlikooTimestamp.WibOffset).AddTicks(_faker.Random.Long(0, 3_000_000_000_000) * 10);
}
