using Klikoo.Emulator.Fixtures;

namespace Klikoo.Emulator.Tests.Fixtures;

/// <summary>Live reload: a valid edit is served without a restart; an invalid one keeps the last good catalogue and says why.</summary>
public sealed class FixtureReloadTests
{
    private static readonly string Ovo = $"/v1/irs/inquiry?{IrsQuery.Sample("OVO10", "081000000001")}";

    [Test]
    public async Task Edit_ValidChange_ServedWithoutRestart()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus();
        await using var factory = EmulatorFactory.On(fixtures);
        using var client = factory.CreateClient();
        (await client.GetStringAsync(Ovo)).Should().Contain("CUSTNAME: C**tomer Na**.");

        fixtures.Write("customers.yaml", File.ReadAllText(Path.Combine(fixtures.Path, "customers.yaml")).Replace("name: Customer Name", "name: Budi Santoso", StringComparison.Ordinal));

        await Eventually.TrueAsync(() => client.GetStringAsync(Ovo).Result.Contains("CUSTNAME: B**i Santo**.", StringComparison.Ordinal), "the edited name to be served", TimeSpan.FromSeconds(5));
        factory.Get<FixtureStore>().LastReload.Should().BeEquivalentTo(new { Succeeded = true, Errors = Array.Empty<FixtureError>() });
    }

    [Test]
    public async Task Edit_NewFile_AddsItsProducts()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus();
        await using var factory = EmulatorFactory.On(fixtures);
        using var client = factory.CreateClient();

        fixtures.Write("more/extra.yaml", "products:\n  - { code: OVO5, family: ovo, price: 5100 }\n");

        await Eventually.TrueAsync(() => client.GetStringAsync(Ovo.Replace("OVO10", "OVO5", StringComparison.Ordinal)).Result.StartsWith("R#OVO5. PRICE: 5100.", StringComparison.Ordinal), "the new product", TimeSpan.FromSeconds(5));
    }

    [Test]
    public async Task Edit_InvalidChange_KeepsServingTheLastGoodCatalogueAndReportsWhy()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus();
        await using var factory = EmulatorFactory.On(fixtures);
        using var client = factory.CreateClient();
        var before = await client.GetStringAsync(Ovo);
        var store = factory.Get<FixtureStore>();

        fixtures.Write("customers.yaml", "customers:\n  - { to: '081000000001', family: ovo, name: Budi Santoso, power: R1/900VA }\n");

        await Eventually.TrueAsync(() => !store.LastReload.Succeeded, "the failed reload to be reported", TimeSpan.FromSeconds(5));
        store.LastReload.Errors.Should().ContainSingle().Which.ToString().Should().Be("customers.yaml:2:67: 'power' applies to pln customers only, not ovo");
        (await client.GetStringAsync(Ovo)).Should().Be(before);
    }
}
