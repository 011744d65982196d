using FluentAssertions.Execution;
using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Journal;
using Klikoo.Emulator.Tests.OpenApi;

namespace Klikoo.Emulator.Tests.Products;

/// <summary>
/// Postpaid families (docs/fixtures.md#postpaid-bills): a family's <c>postpaid:</c> block, the shipped postpaid
/// families and products, and the prepaid routes refusing a postpaid product with the route to use instead.
/// </summary>
public sealed class PostpaidFamiliesTests
{
    private static readonly FixtureCatalog Shipped = FixtureValidator.Validate(FixtureLoader.Load(RepositoryPaths.Fixtures)).Catalog!;

    [Test]
    public void Standard_PostpaidFamilies_OfEveryKind()
    {
        StandardFamilies.Table.All.Where(f => f.Postpaid is not null).Select(f => $"{f.Name} {f.Postpaid}")
            .Should().Equal(
                "pln-postpaid PostpaidProfile { Kind = Electricity, MaxPeriods = 4 }",
                "pdam PostpaidProfile { Kind = Water, MaxPeriods = 6 }",
                "bpjs PostpaidProfile { Kind = Bpjs, MaxPeriods = 12 }",
                "internet-tv PostpaidProfile { Kind = InternetTv, MaxPeriods = 3 }",
                "phone-postpaid PostpaidProfile { Kind = Phone, MaxPeriods = 3 }",
                "multifinance PostpaidProfile { Kind = Multifinance, MaxPeriods = 1 }");
    }

    [TestCase("POSTPAIDPLN", "pln-postpaid", 2500)]
    [TestCase("PDAMACEHTGR", "pdam", 2500)]
    [TestCase("PDAMMJK", "pdam", 2500)]
    [TestCase("PDAMABOJ", "pdam", 2500)]
    [TestCase("PDAMSBY", "pdam", 2000)]
    [TestCase("FIRSMEDIA", "internet-tv", 2500)]
    [TestCase("RBKREDITBAF", "multifinance", 5000)]
    [TestCase("RBFNFIF", "multifinance", 5000)]
    [TestCase("RBASRBPJSKSH", "bpjs", 2500)]
    public void Shipped_PostpaidProduct_ItsFamilyAndAdminFee(string code, string family, long admin)
    {
        var product = Shipped.Products[code];

        product.Family.Name.Should().Be(family);
        product.Price.Should().Be(admin, "a postpaid product's price is its admin fee per period");
    }

    [TestCase("kind: gas, maxPeriods: 1", "'kind' must be one of electricity, water, bpjs, internet-tv, phone, multifinance, not 'gas'")]
    [TestCase("kind: water, maxPeriods: 25", "maxPeriods")]
    [TestCase("kind: water, maxPeriods: 0", "maxPeriods")]
    [TestCase("kind: water", "missing required field 'maxPeriods'")]
    [TestCase("kind: water, maxPeriods: 1, admin: 1", "admin")]
    public void Family_BadPostpaidBlock_Refused(string block, string expected)
    {
        var result = FixtureValidator.Validate([new FixtureFile("f.yaml", $$"""
            families:
              - { name: gas, category: gas, destination: phone, customerName: plain, serial: { digits: 8 }, postpaid: { {{block}} } }
            """)]);

        result.IsValid.Should().BeFalse();
        result.Errors.Should().Contain(e => e.ToString().Contains(expected, StringComparison.Ordinal));
    }

    [Test]
    public void Product_PostpaidWithOpen_Refused()
    {
        var result = FixtureValidator.Validate([new FixtureFile("p.yaml", """
            products:
              - { code: PDAMX, family: pdam, open: { fee: 1, min: 1, max: 2 } }
            """)]);

        result.Errors.Should().ContainSingle().Which.ToString().Should().Contain("has no 'open'");
    }

    [Test]
    public async Task PrepaidRoutes_PostpaidProduct_ProductNotFoundNamingThePostpaidRoute()
    {
        await using var factory = new EmulatorFactory();
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);

        var inquiry = RLine.Parse(await http.GetStringAsync($"/v1/irs/inquiry?{IrsQuery.Sample("POSTPAIDPLN", "514040400482", "", "1", "pp-q")}"));
        var buy = RLine.Parse(await http.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy("POSTPAIDPLN", "514040400482", "pp-b")}"));
        var (status, body) = await api.SendAsync(HttpMethod.Post, "products/inquiry",
            """{"msidn":"514040400482","amount":"","product_code":"POSTPAIDPLN","selling_price":"","value":"514040400482","partner_reference_id":"pp-oq"}""");

        using (new AssertionScope())
        {
            inquiry.Should().BeOfType<InquiryFailureLine>().Which.Reason.Should().Be("Produk tidak ditemukan");
            buy.Should().BeOfType<RejectedLine>().Which.Reason.Should().Be("Produk tidak ditemukan");
            status.Should().Be(404);
            body["response_code"]!.GetValue<string>().Should().Be("404027003");
            var diagnoses = factory.Get<RequestJournal>().Snapshot().Where(e => !e.Operation.EndsWith("access-token", StringComparison.Ordinal)).Select(e => e.Diagnosis).ToList();
            diagnoses.Should().HaveCount(3).And.OnlyContain(d => d != null && d.Contains("POSTPAIDPLN is a postpaid product", StringComparison.Ordinal)
                && d.Contains("POST transactions/inquiry-postpaid", StringComparison.Ordinal));
        }
    }

    [Test]
    public async Task InquiryPostpaid_PrepaidProduct_ProductNotFoundNamingThePrepaidRoute()
    {
        await using var factory = new EmulatorFactory();
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);

        var (status, body) = await api.SendAsync(HttpMethod.Post, "transactions/inquiry-postpaid", """{"account_number":"01105691111","product_code":"PLN20"}""");

        status.Should().Be(404);
        body.ToJsonString().Should().Be("""{"response_code":"404027003","response_message":"Produk tidak ditemukan","data":null}""");
        factory.Get<RequestJournal>().Snapshot().Single(e => e.Operation.EndsWith("inquiry-postpaid", StringComparison.Ordinal)).Diagnosis.Should().Contain("PLN20 is a prepaid product; inquire it with POST products/inquiry");
    }
}
