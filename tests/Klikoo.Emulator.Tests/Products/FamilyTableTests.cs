using System.Text.Json;
using FluentAssertions.Execution;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Products;
using Klikoo.Emulator.Tests.OpenApi;
using Microsoft.Extensions.DependencyInjection;

namespace Klikoo.Emulator.Tests.Products;

/// <summary>
/// A family added in a fixture file, no code: this one (a pulsa brand the shipped catalogue lacks, with its own prefix, display, SN form and
/// category) answers inquiry, buy, re-check, the journal's diagnosis and the Open API price list as its entry says.
/// A host may still add one in code, as a profile in the table it registers.
/// </summary>
[TestFixture(StateStore.Memory)]
[TestFixture(StateStore.Redis)]
public sealed class FamilyTableTests(StateStore stateStore)
{
    private static readonly FamilyProfile ByU = new(
        "byu",
        "pulsa",
        new DestinationRule("byu", "^08(11|12|13|21|22|23|51|52|53)[0-9]{6,9}$", "081234567890", "by.U number", "0811-0853..., 10-13 digits"),
        CustomerNameDisplay.Plain,
        "BYU ",
        PowerCapacity: false,
        new SerialForm.Digits(12),
        GeneratedName.FullName,
        "BYU");

    private const string Family = """
        families:
          - name: byu
            category: pulsa
            destination:
              pattern: "^08(11|12|13|21|22|23|51|52|53)[0-9]{6,9}$"
              example: "081234567890"
              description: by.U number
              format: 0811-0853..., 10-13 digits
            customerName: plain
            namePrefix: "BYU "
            serial: { digits: 12 }

        """;

    private const string Fixture = """
        products:
          - { code: BYU10, family: byu, price: 10500 }
        customers:
          - { to: "081298765432", family: byu, name: Sari Dewi }
        """;

    [Test]
    public async Task Inquiry_KnownCustomer_ShownAsTheProfileSays()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus(("byu.yaml", Family + Fixture));
        await using var factory = Emulator(fixtures);
        using var client = factory.CreateClient();

        var line = await client.GetStringAsync($"/v1/irs/inquiry?{IrsQuery.Sample("BYU10", "081298765432")}");

        line.Should().StartWith("R#BYU10. PRICE: 10500. CUSTNUM: 081298765432. CUSTNAME: BYU Sari Dewi. @");
    }

    [Test]
    public async Task Buy_NewNumber_SuccessWithTheProfilesSnFormTwice()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus(("byu.yaml", Family + Fixture));
        await using var factory = Emulator(fixtures);
        using var client = factory.CreateClient();
        var buy = $"/v1/irs/buy?{IrsQuery.Buy("BYU10", "081312345678", "byu-1")}";

        var first = await client.GetStringAsync(buy);
        var recheck = await client.GetStringAsync(buy);

        using (new AssertionScope())
        {
            first.Should().MatchRegex(@"^R#byu-1 BYU10\. 081312345678 SUCCESS\. SN: [0-9]{12}\. TRXID: ");
            recheck.Should().Be(first, "the re-check reads the stored transaction, family and all");
        }
    }

    [Test]
    public async Task Inquiry_NotThisFamilysNumber_RefusedWithTheRuleInTheDiagnosis()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus(("byu.yaml", Family + Fixture));
        await using var factory = Emulator(fixtures);
        using var client = factory.CreateClient();

        var line = await client.GetStringAsync($"/v1/irs/inquiry?{IrsQuery.Sample("BYU10", "0817345544")}");
        var entry = JsonDocument.Parse(await client.GetStringAsync("/__admin/journal?limit=1")).RootElement.EnumerateArray().Single();

        using (new AssertionScope())
        {
            line.Should().Contain("No pelanggan salah");
            entry.GetProperty("diagnosis").GetString().Should().Be("destination '0817345544' is not a valid by.U number for BYU10 (0811-0853..., 10-13 digits; pattern ^08(11|12|13|21|22|23|51|52|53)[0-9]{6,9}$)");
        }
    }

    [Test]
    public async Task OpenApiProducts_PriceList_TheProfilesCategoryAndName()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus(("byu.yaml", Family + Fixture));
        await using var factory = Emulator(fixtures);
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);

        var (status, body) = await api.SendAsync(HttpMethod.Post, "products", """{"limit":10,"page":1,"search":[{"field":"categories","value":"pulsa"}]}""");

        status.Should().Be(200);
        body["data"]!.AsArray().Select(r => $"{r!["code"]} {r["name"]} {r["category"]}").Should().Contain("BYU10 BYU 10.000 pulsa");
    }

    [Test]
    public void Validate_TheFamilyOnlyWhereItIsDeclaredOrRegistered()
    {
        using (new AssertionScope())
        {
            FixtureValidator.Validate([new("byu.yaml", Fixture)]).Errors.Select(e => e.Message).Should().Equal(
                "'family' must be one of pln, ovo, gopay, dana, maxim, telkomsel, indosat, xl, axis, tri, smartfren, telkomsel-data, indosat-data, xl-data, mobile-legends, free-fire, shopeepay, linkaja, pln-postpaid, pdam, bpjs, internet-tv, phone-postpaid, multifinance, not 'byu'",
                "'family' must be one of pln, ovo, gopay, dana, maxim, telkomsel, indosat, xl, axis, tri, smartfren, telkomsel-data, indosat-data, xl-data, mobile-legends, free-fire, shopeepay, linkaja, pln-postpaid, pdam, bpjs, internet-tv, phone-postpaid, multifinance, not 'byu'");
            FixtureValidator.Validate([new("byu.yaml", Family + Fixture)]).Catalog!.Families["byu"].Should().Be(ByU);
            FixtureValidator.Validate([new("byu.yaml", Fixture)], StandardFamilies.Table.With(ByU)).Errors.Should().BeEmpty();
        }
    }

    [Test]
    public async Task Inquiry_FamilyRegisteredInCode_AsDeclaredInAFile()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus(("byu.yaml", Fixture));
        await using var factory = new EmulatorFactory(settings: new Dictionary<string, string?> { ["Klikoo:Fixtures"] = fixtures.Path }, store: stateStore)
        {
            ExtraServices = services => services.AddSingleton(StandardFamilies.Table.With(ByU)),
        };
        using var client = factory.CreateClient();

        var line = await client.GetStringAsync($"/v1/irs/inquiry?{IrsQuery.Sample("BYU10", "081298765432")}");

        line.Should().StartWith("R#BYU10. PRICE: 10500. CUSTNUM: 081298765432. CUSTNAME: BYU Sari Dewi. @");
    }

    private EmulatorFactory Emulator(TemporaryFixtures fixtures) =>
        new(settings: new Dictionary<string, string?> { ["Klikoo:Fixtures"] = fixtures.Path }, store: stateStore);
}
