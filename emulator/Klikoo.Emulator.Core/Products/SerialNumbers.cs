using System.Diagnostics;
using System.Globalization;
using Klikoo.Emulator.Customers;
using Klikoo.Emulator.Seeding;

namespace Klikoo.Emulator.Products;

/// <summary>
/// SNs in the family's <see cref="SerialForm"/>, deterministic from the seed and the ref_id: PLN tokens as
/// <c>dddd-dddd-dddd-dddd-dddd/NAME/TARIFF/POWER/kWh</c> (docs/klikoo-interface.md#transaction-reports), reference numbers for e-wallets and Maxim.
/// </summary>
internal static class SerialNumbers
{
    private const int TokenDigits = 20;

    public static string For(Product product, Customer customer, string refId, int seed)
    {
        var random = new Random(StableSeed.For(seed, refId, "sn"));
        return product.Family.Serial switch
        {
            SerialForm.PlnToken => PlnToken(random, product, customer),
            SerialForm.Digits digits => Digits(random, digits.Count),
            _ => throw new UnreachableException($"no SN for {product.Family.Serial}"),
        };
    }

    // What Bogus's Randomizer(seed).Replace("###...") gives (each '#' is Number(9), i.e. Next(0, 10) of a Random with
    // the same seed), without its per-character LINQ pipeline and lock: the same digits, so every SN stays as it was.
    private static string Digits(Random random, int count) =>
        string.Create(count, random, static (chars, r) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)('0' + r.Next(0, 10));
            }
        });

    private static string PlnToken(Random random, Product product, Customer customer)
    {
        var digits = Digits(random, TokenDigits);
        var token = string.Join('-', Enumerable.Range(0, TokenDigits / 4).Select(i => digits.Substring(i * 4, 4)));
        var (tariff, power) = SplitPowerCapacity(customer.PowerCapacity ?? "R1/1300VA");
        var kwh = (product.Denomination ?? product.Price) / RupiahPerKwh(tariff, power);
        return $"{token}/{customer.Name}/{tariff}/{power}/{kwh.ToString("0.0", CultureInfo.InvariantCulture)}";
    }

    private static (string Tariff, string Power) SplitPowerCapacity(string powerCapacity)
    {
        var slash = powerCapacity.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? (powerCapacity, "") : (powerCapacity[..slash], powerCapacity[(slash + 1)..]);
    }

    // PLN's published household tariffs, rupiah per kWh: subsidised R1 450/900 VA, non-subsidised R1M, R1 1300+, R2, R3 and B1.
    private static decimal RupiahPerKwh(string tariff, string power) => (tariff, power) switch
    {
        ("R1", "450VA") => 415m,
        ("R1", "900VA") => 605m,
        ("R1M", _) => 1352m,
        ("R2", _) or ("R3", _) => 1699.53m,
        _ => 1444.70m,
    };
}
