using System.Text.Json;
using FluentAssertions.Execution;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Products;
using Klikoo.Emulator.Tests.OpenApi;
using Microsoft.Extensions.DependencyInjection;

namespace Klikoo.Emulator.Tests.Products;

/// <summary>
/// A family added in code is one profile in the table: this one (a pulsa operator the emulator does not ship) answers
/// inquiry, buy, re-check, the journal's diagnosis and the Open API price list with its own rule, display, SN form and
/// category, with no other code changed.
/// </summary>
[TestFixture(StateStore.Memory)]
[TestFixture(StateStore.Redis)]
public sealed class FamilyTableTests(StateStore stateStore)
{
    private static readonly FamilyProfile Telkomsel = new(
        "telkomsel",
        "pulsa",
        new DestinationRule("telkomsel", "^08(11|12|13|21|22|23|51|52|53)[0-9]{6,9}$", "081234567890", "Telkomsel number", "0811-0853..., 10-13 digits"),
        CustomerNameDisplay.Plain,
        "TSEL ",
        PowerCapacity: false,
        new SerialForm.Digits(12),
        GeneratedName.FullName);

    private const string Fixture = """
        products:
          - { code: TSEL10, family: telkomsel, price: 10500 }
        customers:
          - { to: "081298765432", family: telkomsel, name: Sari Dewi }
        """;

    [Test]
    public async Task Inquiry_KnownCustomer_ShownAsTheProfileSays()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus(("telkomsel.yaml", Fixture));
        await using var factory = WithTelkomsel(fixtures);
        using var client = factory.CreateClient();

        var line = await client.GetStringAsync($"/v1/irs/inquiry?{IrsQuery.Sample("TSEL10", "081298765432")}");

        line.Should().StartWith("R#TSEL10. PRICE: 10500. CUSTNUM: 081298765432. CUSTNAME: TSEL Sari Dewi. @");
    }

    [Test]
    public async Task Buy_NewNumber_SuccessWithTheProfilesSnFormTwice()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus(("telkomsel.yaml", Fixture));
        await using var factory = WithTelkomsel(fixtures);
        using var client = factory.CreateClient();
        var buy = $"/v1/irs/buy?{IrsQuery.Buy("TSEL10", "081312345678", "tsel-1")}";

        var first = await client.GetStringAsync(buy);
        var recheck = await client.GetStringAsync(buy);

        using (new AssertionScope())
        {
            first.Should().MatchRegex(@"^R#tsel-1 TSEL10\. 081312345678 SUCCESS\. SN: [0-9]{12}\. TRXID: ");
            recheck.Should().Be(first, "the re-check reads the stored transaction, family and all");
        }
    }

    [Test]
    public async Task Inquiry_NotThisFamilysNumber_RefusedWithTheRuleInTheDiagnosis()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus(("telkomsel.yaml", Fixture));
        await using var factory = WithTelkomsel(fixtures);
        using var client = factory.CreateClient();

        var line = await client.GetStringAsync($"/v1/irs/inquiry?{IrsQuery.Sample("TSEL10", "0817345544")}");
        var entry = JsonDocument.Parse(await client.GetStringAsync("/__admin/journal?limit=1")).RootElement.EnumerateArray().Single();

        using (new AssertionScope())
        {
            line.Should().Contain("No pelanggan salah");
            entry.GetProperty("diagnosis").GetString().Should().Be("destination '0817345544' is not a valid Telkomsel number for TSEL10 (0811-0853..., 10-13 digits)");
        }
    }

    [Test]
    public async Task OpenApiProducts_PriceList_TheProfilesCategoryAndName()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus(("telkomsel.yaml", Fixture));
        await using var factory = WithTelkomsel(fixtures);
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);

        var (status, body) = await api.SendAsync(HttpMethod.Post, "products", """{"limit":10,"page":1,"search":[{"field":"categories","value":"pulsa"}]}""");

        status.Should().Be(200);
        body["data"]!.AsArray().Select(r => $"{r!["code"]} {r["name"]} {r["category"]}").Should().Equal("TSEL10 TELKOMSEL 10.000 pulsa");
    }

    [Test]
    public void Validate_TheFamilyOnlyWhereTheTableHasIt()
    {
        FixtureFile[] files = [new("telkomsel.yaml", Fixture)];

        using (new AssertionScope())
        {
            FixtureValidator.Validate(files).Errors.Select(e => e.Message).Should().Equal(
                "'family' must be one of pln, ovo, gopay, dana, maxim, not 'telkomsel'",
                "'family' must be one of pln, ovo, gopay, dana, maxim, not 'telkomsel'");
            FixtureValidator.Validate(files, FamilyProfiles.BuiltIn.With(Telkomsel)).Errors.Should().BeEmpty();
        }
    }

    private EmulatorFactory WithTelkomsel(TemporaryFixtures fixtures) =>
        new(settings: new Dictionary<string, string?> { ["Klikoo:Fixtures"] = fixtures.Path }, store: stateStore)
        {
            ExtraServices = services => services.AddSingleton(FamilyProfiles.BuiltIn.With(Telkomsel)),
        };
}
