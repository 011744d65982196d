using Bogus;
using Klikoo.Emulator.Customers;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Products;
using Klikoo.Emulator.Seeding;

namespace Klikoo.Emulator.Tests.Customers;

/// <summary>
/// The generator draws Bogus's id_ID names without Bogus's per-call machinery; these tests hold it to exactly what
/// Bogus itself gives for the same seed, so every generated customer (and every golden line) stays the same.
/// </summary>
public class CustomerGeneratorTests
{
    private static readonly string[] PowerCapacities =
        ["R1/450VA", "R1/900VA", "R1M/900VA", "R1/1300VA", "R1/2200VA", "R2/3500VA", "R2/4400VA", "R2/5500VA", "R3/6600VA", "B1/1300VA", "B1/2200VA"];

    [Test]
    public void Generate_ThousandsOfSeedsAndNumbers_SameCustomerAsBogusDraws()
    {
        var random = new Random(20261126);
        var families = Emulator.Fixtures.StandardFamilies.Table.All;
        for (var i = 0; i < 20_000; i++)
        {
            var seed = i < 4 ? new[] { 0, 1, 42, int.MaxValue }[i] : random.Next();
            var destination = Destination(random);
            var family = families[random.Next(families.Count)];

            var generated = new CustomerGenerator(seed).Generate(family, destination);

            generated.Should().BeEquivalentTo(ThroughBogus(seed, family, destination), $"seed {seed}, {family.Name} {destination}");
        }
    }

    [Test]
    public void Find_ManyNumbersTwiceInParallel_AlwaysTheGeneratedCustomer()
    {
        // More numbers than the directory has slots, from several threads at once: slots are overwritten while they
        // are read, and a number must still get its own customer, never another's.
        var generator = new CustomerGenerator(1);
        var directory = new CustomerDirectory(generator);
        var catalog = FixtureValidator.Validate(FixtureLoader.Load(RepositoryPaths.Fixtures)).Catalog!;
        var random = new Random(7);
        var families = Emulator.Fixtures.StandardFamilies.Table.All;
        var numbers = Enumerable.Range(0, 20_000).Select(_ => (Family: families[random.Next(families.Count)], To: Destination(random))).ToArray();

        Parallel.For(0, numbers.Length * 2, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var (family, to) = numbers[i % numbers.Length];
            var found = directory.Find(catalog, family, to);
            if (!catalog.TryGetCustomer(family, to, out _) && found != generator.Generate(family, to))
            {
                Assert.Fail($"{family} {to} got {found}");
            }
        });
    }

    [Test]
    public void Draw_FromManySeeds_ReachesBothGendersAndManyNames()
    {
        var names = Enumerable.Range(0, 5_000).Select(s => IndonesianNames.Instance.Draw(new Random(s))).ToList();

        names.Select(n => n.First).Distinct().Should().HaveCountGreaterThan(100, "the whole id_ID list is drawn from");
        names.Select(n => n.Last).Distinct().Should().HaveCountGreaterThan(50);
        names.Should().OnlyContain(n => n.First.Length > 0 && n.Last.Length > 0);
    }

    // The generator as it was written on Bogus's own data set and Randomizer: the oracle.
    private static Customer ThroughBogus(int seed, FamilyProfile family, string destination)
    {
        var random = new Randomizer(StableSeed.For(seed, destination, "customer"));
        var names = new Bogus.DataSets.Name("id_ID") { Random = random };
        var first = names.FirstName();
        var last = names.LastName();
        var power = random.ArrayElement(PowerCapacities);
        var name = family.Generated switch
        {
            GeneratedName.UpperCaseFullName => $"{first} {last}".ToUpperInvariant(),
            GeneratedName.Initials => $"{char.ToLowerInvariant(first[0])}{char.ToUpperInvariant(last[0])}",
            GeneratedName.None => null,
            GeneratedName.FullName => $"{first} {last}",
            _ => throw new ArgumentOutOfRangeException(nameof(family), family.Generated, "a name form this oracle does not know"),
        };
        return new Customer(destination, name, family.PowerCapacity ? power : null, null);
    }

    private static string Destination(Random random)
    {
        var length = random.Next(1, 16);
        return string.Create(length, random, static (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)('0' + r.Next(10));
            }
        });
    }
}
