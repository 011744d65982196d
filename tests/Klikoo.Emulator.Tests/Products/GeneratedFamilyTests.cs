using System.Globalization;
using System.Text;
using System.Text.Json;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Tests.Admin;

namespace Klikoo.Emulator.Tests.Products;

/// <summary>
/// A family added only in a fixture file, no code (docs/fixtures.md#families): thousands of generated declarations,
/// block and flow, each read as the profile meant beside the shipped files; a standard name replaces the standard
/// family; and a new family file is served on a live reload, a broken one reported where it is while the last good
/// catalogue is served. Served over HTTP: <see cref="GeneratedFamilyHttpTests"/>; malformed: <see cref="GeneratedFamilyMalformedTests"/>.
/// </summary>
public sealed class GeneratedFamilyTests
{
    private static readonly IReadOnlyList<FixtureFile> Shipped = FixtureLoader.Load(RepositoryPaths.Fixtures);

    [Test]
    public void Validate_GeneratedDeclarationsBesideTheShippedFiles_EachReadsAsTheProfileMeant()
    {
        var random = new Random(24);
        var families = 0;
        for (var i = 0; i < 500; i++)
        {
            var drawn = Enumerable.Range(0, random.Next(1, 8)).Select(j => GeneratedFamily.Draw(random, (i * 10) + j)).ToList();
            var file = new FixtureFile("generated.yaml", FamilyYaml.Write([.. drawn.Select(f => f.Entry())]).Text + ProductsAndCustomers(drawn, random, i));

            var result = FixtureValidator.Validate([.. Shipped, file]);

            var because = $"case {i}:\n{file.Text}\n{string.Join("\n", result.Errors)}";
            result.Errors.Should().BeEmpty(because);
            foreach (var family in drawn)
            {
                result.Catalog!.Families[family.Name].Should().Be(family.Profile, because);
                result.Catalog.Products[$"GF{i}X{drawn.IndexOf(family)}P10"].Family.Should().Be(family.Profile, because);
            }

            families += drawn.Count;
        }

        families.Should().BeGreaterThan(1500, "the property should run over thousands of declarations");
    }

    [Test]
    public void Validate_GeneratedDeclarationWithAStandardName_TakesThatFamilysPlace()
    {
        var random = new Random(25);
        var standard = StandardFamilies.Table;
        for (var i = 0; i < 300; i++)
        {
            var name = standard.All[random.Next(standard.All.Count)].Name;
            var family = GeneratedFamily.Draw(random, i, name);
            var file = new FixtureFile("families.yaml", FamilyYaml.Write([family.Entry()]).Text + ProductsAndCustomers([family], random, i));

            // Without the shipped families.yaml, which declares the same name: two declarations in one folder are an error.
            var result = FixtureValidator.Validate([file]);

            var because = $"case {i}:\n{file.Text}\n{string.Join("\n", result.Errors)}";
            result.Errors.Should().BeEmpty(because);
            result.Catalog!.Families[name].Should().Be(family.Profile, because);
            result.Catalog.Families.All.Select(f => f.Name).Should().Equal(standard.All.Select(f => f.Name), "the replacement keeps the standard family's place");
        }
    }

    [Test]
    public async Task Reload_NewFamilyFile_ServedLiveThenABrokenEditIsReportedWhereItIsAndTheLastGoodCatalogueServed()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus();
        await using var factory = EmulatorFactory.On(fixtures);
        using var client = factory.CreateClient();
        var random = new Random(26);
        var family = GeneratedFamily.Draw(random, 0) with { NamedRule = null, Pattern = WrittenPattern.Draw(random) };
        var to = family.Destination(random);
        var products = $"products:\n  - {{ code: GEN10, family: {family.Name}, price: 10500 }}\n";
        var inquiry = $"/v1/irs/inquiry?{IrsQuery.Sample("GEN10", to)}";
        (await client.GetStringAsync(inquiry)).Should().Contain("Produk tidak ditemukan");

        fixtures.Write("generated.yaml", FamilyYaml.Write([family.Entry()]).Text + products);

        await Eventually.TrueAsync(
            async () => (await client.GetStringAsync(inquiry)).StartsWith($"R#GEN10. PRICE: 10500. CUSTNUM: {to}.", StringComparison.Ordinal),
            "the new family's product to be served",
            TimeSpan.FromSeconds(10));
        var served = await client.GetStringAsync(inquiry);

        var wrongExample = "x" + family.Pattern!.Example;
        var broken = FamilyYaml.Write([family.Entry() with { Fields = FamilyYaml.Replace(family.Fields(), "destination/example", FamilyYaml.Field.Of("example", FamilyYaml.DoubleQuoted(wrongExample))) }]);
        fixtures.Write("generated.yaml", broken.Text + products);
        (await client.AdminPostAsync("/__admin/fixtures/reload")).IsSuccessStatusCode.Should().BeTrue();

        var store = factory.Get<FixtureStore>();
        await Eventually.TrueAsync(() => !store.LastReload.Succeeded, "the broken family to be reported", TimeSpan.FromSeconds(10));
        var (line, column) = broken.At(0, "destination/example");
        var expected = new FixtureError("generated.yaml", line, column, $"'example' '{wrongExample}' does not match its own pattern {family.Pattern.Text}");

        // Then each product naming the family it broke.
        store.LastReload.Errors[0].Should().Be(expected);
        var report = JsonDocument.Parse(await client.GetStringAsync("/__admin/fixtures")).RootElement.GetProperty("lastReload").GetProperty("errors").EnumerateArray().First();
        $"{report.GetProperty("file").GetString()}:{report.GetProperty("line").GetInt32()}:{report.GetProperty("column").GetInt32()}: {report.GetProperty("message").GetString()}"
            .Should().Be(expected.ToString());
        (await client.GetStringAsync(inquiry)).Should().Be(served, "the last good catalogue is still served");
    }

    /// <summary>One product (<c>GF{case}X{entry}P10</c>) and one customer per family, the customer at a destination of its rule.</summary>
    internal static string ProductsAndCustomers(IReadOnlyList<GeneratedFamily> families, Random random, int index)
    {
        var text = new StringBuilder("products:\n");
        for (var j = 0; j < families.Count; j++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - {{ code: GF{index}X{j}P10, family: {families[j].Name}, price: 10500 }}\n");
        }

        text.Append("customers:\n");
        foreach (var family in families)
        {
            var power = family.Power ? ", power: R1/2200VA" : "";
            text.Append(CultureInfo.InvariantCulture, $"  - {{ to: {FamilyYaml.DoubleQuoted(family.Destination(random))}, family: {family.Name}, name: Sari Dewi{power} }}\n");
        }

        return text.ToString();
    }
}
