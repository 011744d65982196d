using System.Globalization;
using FluentAssertions.Execution;
using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Tests.OpenApi;

namespace Klikoo.Emulator.Tests.Products;

/// <summary>
/// Every product the emulator ships (docs/fixtures.md#families), on both interfaces: a destination of its own
/// operator is answered with its price and charged once, one of another family that its rule refuses gets Klikoo's
/// <c>No pelanggan salah</c> and changes no balance.
/// </summary>
[TestFixture(StateStore.Memory)]
[TestFixture(StateStore.Redis)]
public sealed class ShippedCatalogueTests(StateStore stateStore)
{
    private static readonly FixtureCatalog Shipped = FixtureValidator.Validate(FixtureLoader.Load(RepositoryPaths.Fixtures)).Catalog!;

    // Postpaid families are bills, inquired and paid on the Open API only (PostpaidFamiliesTests, Bills/).
    private static IEnumerable<string> Families() =>
        Shipped.Families.All.Where(f => f.Postpaid is null && Shipped.Products.Values.Any(p => p.Family == f)).Select(f => f.Name);

    [Test]
    public void Families_EveryStandardFamilyHasShippedProducts()
    {
        Shipped.Families.All.Where(f => Shipped.Products.Values.Any(p => p.Family == f)).Select(f => f.Name)
            .Should().Equal(StandardFamilies.Table.All.Select(f => f.Name), "the shipped catalogue sells every standard family");
    }

    [TestCaseSource(nameof(Families))]
    public async Task EveryProduct_ItsOperatorsNumberAnsweredAndCharged_AnotherFamilysRefused(string family)
    {
        await using var factory = new EmulatorFactory(store: stateStore);
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);
        var products = Shipped.Products.Values.Where(p => p.Family.Name == family).OrderBy(p => p.Code, StringComparer.Ordinal).ToList();
        var balance = 100_000_000L;

        using var scope = new AssertionScope(family);
        foreach (var (product, i) in products.Select((p, i) => (p, i)))
        {
            var to = product.Destination.Example;
            var amount = product.Open is { } open ? open.MinAmount.ToString(CultureInfo.InvariantCulture) : "";
            var price = product.PriceFor(product.Open?.MinAmount);
            var prefix = i % 2 == 0 ? "/v1/irs" : "/klikoo-b2b/v1/irs";

            var inquiry = RLine.Parse(await http.GetStringAsync($"{prefix}/inquiry?{IrsQuery.Sample(product.Code, to, amount, "1", $"{product.Code}-q")}"));
            inquiry.Should().BeEquivalentTo(new { ProductCode = product.Code, Price = price, CustomerNumber = to }, options => options.ExcludingMissingMembers(), product.Code);

            var buy = RLine.Parse(await http.GetStringAsync($"{prefix}/buy?{IrsQuery.Buy(product.Code, to, $"{product.Code}-irs", amount)}"));
            buy.Should().BeOfType<SuccessLine>(product.Code).Which.Balance.Should().Be(new BalanceChange(balance, price, balance - price), product.Code);
            balance -= price;

            var (inquired, found) = await api.SendAsync(HttpMethod.Post, "products/inquiry", Body(product.Code, to, amount, $"{product.Code}-oq"));
            inquired.Should().Be(200, $"{product.Code}: {found.ToJsonString()}");
            var (bought, body) = await api.BuyAsync(product.Code, to, $"{product.Code}-api", amount);
            bought.Should().Be(201, $"{product.Code}: {body.ToJsonString()}");
            body["data"]?["current_balance"]?.GetValue<string>().Should().Be((balance - price).ToString(CultureInfo.InvariantCulture), product.Code);
            balance -= price;

            var wrong = Shipped.Families.All.Select(f => f.Destination.Example).First(example => !product.Destination.Matches(example));
            var refused = RLine.Parse(await http.GetStringAsync($"{prefix}/inquiry?{IrsQuery.Sample(product.Code, wrong, amount, "1", $"{product.Code}-wq")}"));
            refused.Should().BeOfType<InquiryFailureLine>(product.Code).Which.Reason.Should().StartWith("No pelanggan salah", product.Code);
            var failed = RLine.Parse(await http.GetStringAsync($"{prefix}/buy?{IrsQuery.Buy(product.Code, wrong, $"{product.Code}-wrong", amount)}"));
            failed.Should().BeOfType<RejectedLine>(product.Code).Which.Reason.Should().StartWith("No pelanggan salah", product.Code);
            var (wrongStatus, wrongBody) = await api.BuyAsync(product.Code, wrong, $"{product.Code}-api-wrong", amount);
            wrongStatus.Should().Be(404, $"{product.Code}: {wrongBody.ToJsonString()}");
            wrongBody["response_code"]!.GetValue<string>().Should().MatchRegex("^404[0-9]{2}7011$", "Klikoo's 'No pelanggan salah' code");
        }

        var (_, final) = await api.SendAsync(HttpMethod.Get, "balance");
        final["data"]!["balance"]!.GetValue<long>().Should().Be(balance, "each product charged twice, refusals never");
    }

    // docs/fixtures.md#magic-destinations: any family, the destination (or a game's player id before its zone) ending in the digits.
    [TestCaseSource(nameof(Families))]
    public async Task MagicDestinations_WorkInEveryFamily(string family)
    {
        await using var factory = new EmulatorFactory(store: stateStore);
        using var http = factory.CreateClient();
        var product = Shipped.Products.Values.Where(p => p.Family.Name == family && p.Open is null).MinBy(p => p.Code, StringComparer.Ordinal)!;
        string Magic(string digits) => System.Text.RegularExpressions.Regex.Replace(product.Destination.Example, @"[0-9]{4}(?=(\([0-9]+\)| [0-9]+)?$)", digits);

        var pending = RLine.Parse(await http.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy(product.Code, Magic("9990"), "magic-0")}"));
        var failed = RLine.Parse(await http.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy(product.Code, Magic("9993"), "magic-3")}"));

        using (new AssertionScope(product.Code))
        {
            product.Destination.Matches(Magic("9990")).Should().BeTrue("a magic destination is still one of the family's shape");
            pending.Should().BeOfType<InProgressLine>();
            failed.Should().BeOfType<FailedLine>().Which.Reason.Should().Be("FR_NOT_SELECTED");
        }
    }

    private static string Body(string code, string to, string amount, string reference) =>
        new System.Text.Json.Nodes.JsonObject
        {
            ["msidn"] = to, ["amount"] = amount, ["product_code"] = code, ["selling_price"] = "1", ["value"] = to, ["partner_reference_id"] = reference,
        }.ToJsonString();
}
