using System.Diagnostics;
using Klikoo.Emulator.Products;
using Klikoo.Emulator.Seeding;

namespace Klikoo.Emulator.Customers;

/// <summary>
/// Makes up a plausible Indonesian customer for a destination the fixtures do not list (docs/klikoo-interface.md#decisions): Bogus's
/// id_ID names (<see cref="IndonesianNames"/>), seeded from <c>Klikoo:Seed</c> and the destination, so a number always gets the same
/// person.
/// </summary>
internal sealed class CustomerGenerator(int seed)
{
    // PLN prepaid tariffs and power as PLN writes them (R1M is the non-subsidised 900 VA class).
    private static readonly string[] PowerCapacities =
        ["R1/450VA", "R1/900VA", "R1M/900VA", "R1/1300VA", "R1/2200VA", "R2/3500VA", "R2/4400VA", "R2/5500VA", "R3/6600VA", "B1/1300VA", "B1/2200VA"];

    public Customer Generate(FamilyProfile family, string destination)
    {
        // One person per destination across families: the same number shows the same owner in OVO, Gopay and Dana.
        var random = new Random(StableSeed.For(seed, destination, "customer"));
        var (first, last) = IndonesianNames.Instance.Draw(random);
        var power = PowerCapacities[random.Next(0, PowerCapacities.Length)];
        var name = family.Generated switch
        {
            GeneratedName.None => null,
            GeneratedName.FullName => $"{first} {last}",
            GeneratedName.UpperCaseFullName => $"{first} {last}".ToUpperInvariant(),

            // Dana shows a short id name like "DNID nX": initials of the account holder.
            GeneratedName.Initials => $"{char.ToLowerInvariant(first[0])}{char.ToUpperInvariant(last[0])}",
            _ => throw new UnreachableException($"no generated name for {family.Generated}"),
        };
        return new Customer(destination, name, family.PowerCapacity ? power : null, null);
    }
}
