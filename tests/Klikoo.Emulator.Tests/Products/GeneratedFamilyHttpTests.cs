using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Klikoo.Emulator.Products;
using Klikoo.Emulator.Tests.OpenApi;

namespace Klikoo.Emulator.Tests.Products;

/// <summary>
/// Generated families declared only in a fixture file, served end to end (docs/fixtures.md#families): a product of each
/// answers inquiry and buy on both interfaces and both path prefixes with the declared display and SN form, is listed in
/// the Open API price list under the declared category by its title, and refuses a destination its rule does not take
/// with <c>No pelanggan salah</c> and a diagnosis naming the pattern. One emulator for the whole batch.
/// </summary>
[TestFixture(StateStore.Memory)]
[TestFixture(StateStore.Redis)]
public sealed class GeneratedFamilyHttpTests(StateStore stateStore)
{
    private const string Customer = "Sari Dewi";
    private const string Power = "R1/2200VA";
    private static readonly string[] IrsPrefixes = ["/v1/irs/", "/klikoo-b2b/v1/irs/"];
    private static readonly string[] OpenApiPrefixes = [OpenApiCaller.Prefix, "/v1/open-api/"];

    [Test]
    public async Task Serve_GeneratedFamilies_AnswerAsDeclaredOnBothInterfacesAndPrefixes()
    {
        var random = new Random(27);
        var families = Enumerable.Range(0, 30).Select(i => GeneratedFamily.Draw(random, i)).ToList();
        var customers = families.Select(f => f.Destination(random)).ToList();
        using var fixtures = TemporaryFixtures.ShippedPlus(("generated.yaml", Fixture(families, customers)));
        await using var factory = EmulatorFactory.On(fixtures, stateStore);
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);
        var priceList = await PriceListAsync(api, families);

        for (var j = 0; j < families.Count; j++)
        {
            var (family, profile, to, code) = (families[j], families[j].Profile, customers[j], $"GF{j}P10");
            var because = $"family {j}: {family}";
            var shown = profile.CustomerName switch
            {
                CustomerNameDisplay.None => null,
                CustomerNameDisplay.Masked => "S**i De**",
                _ => profile.NamePrefix + Customer,
            };
            var sn = profile.Serial is SerialForm.Digits digits
                ? $"[0-9]{{{digits.Count}}}"
                : $"[0-9]{{4}}(-[0-9]{{4}}){{4}}/{Customer}/R1/2200VA/[0-9]+\\.[0-9]";
            var power = profile.PowerCapacity ? Power : null;
            var line = $"R#{code}. PRICE: 10500. CUSTNUM: {to}.{(shown is null ? "" : $" CUSTNAME: {shown}.")}{(power is null ? "" : $" POWERCAPACITY: {power}.")} @";

            foreach (var prefix in IrsPrefixes)
            {
                (await http.GetStringAsync($"{prefix}inquiry?{IrsQuery.Sample(code, to)}")).Should().StartWith(line, because);
                var reference = $"irs-{j}-{prefix.Length}";
                (await http.GetStringAsync($"{prefix}buy?{IrsQuery.Buy(code, to, reference)}"))
                    .Should().MatchRegex($@"^R#{reference} {code}\. {Regex.Escape(to)} SUCCESS\. SN: {sn}\. TRXID: ", because);
            }

            foreach (var prefix in OpenApiPrefixes)
            {
                var reference = $"api-{j}-{prefix.Length}";
                var (inquiryStatus, inquiry) = await api.SendAsync(HttpMethod.Post, "products/inquiry", Body(code, to, reference), prefix: prefix);
                (inquiryStatus, inquiry["data"]?["customer_name"]?.GetValue<string>(), inquiry["data"]?["power_capacity"]?.GetValue<string>())
                    .Should().Be((200, shown ?? "", power ?? ""), because);
                var (buyStatus, buy) = await api.SendAsync(HttpMethod.Post, "products/buy", Body(code, to, reference), prefix: prefix);
                (buyStatus, buy["data"]?["status"]?.GetValue<string>(), buy["data"]?["product_name"]?.GetValue<string>()).Should().Be((201, "SUCCESS", $"{profile.Title} 10.000"), because);
                buy["data"]!["sn"]!.GetValue<string>().Should().MatchRegex($"^{sn}$", because);
                priceList[prefix].Should().Contain($"{code}|{profile.Title} 10.000|{profile.Category}", because);
            }

            await WrongDestinationAsync(http, api, family, code, random.Next(), because);
        }
    }

    // docs/fixtures.md#families: a destination that does not fit answers "No pelanggan salah", its diagnosis naming the pattern.
    private static async Task WrongDestinationAsync(HttpClient http, OpenApiCaller api, GeneratedFamily family, string code, int seed, string because)
    {
        var wrong = family.WrongDestination(new Random(seed));
        // A refused value is echoed as printable ASCII without spaces, a space as '?': a game id's zone "1234 567" shows as "1234?567".
        var diagnosis = $"destination '{wrong.Replace(' ', '?')}' is not a valid {family.Profile.Destination.Describe(code)}";

        (await http.GetStringAsync($"/v1/irs/inquiry?{IrsQuery.Sample(code, wrong)}")).Should().StartWith("R#.", because).And.Contain("No pelanggan salah", because);
        (await LastDiagnosisAsync(http)).Should().Be(diagnosis, because);
        (await http.GetStringAsync($"/klikoo-b2b/v1/irs/buy?{IrsQuery.Buy(code, wrong, $"wrong-{seed}")}")).Should().Contain(" FAILED. REASON: No pelanggan salah", because);
        (await LastDiagnosisAsync(http)).Should().Be(diagnosis, because);
        var (status, body) = await api.SendAsync(HttpMethod.Post, "products/buy", Body(code, wrong, $"wrong-api-{seed}"));
        (status, body["response_code"]!.GetValue<string>()).Should().Be((404, "404027011"), because);
    }

    private static async Task<string?> LastDiagnosisAsync(HttpClient http) =>
        JsonDocument.Parse(await http.GetStringAsync("/__admin/journal?limit=1")).RootElement.EnumerateArray().Single().GetProperty("diagnosis").GetString();

    // Each declared category's page of the price list, on each prefix, as "code|name|category" rows.
    private static async Task<Dictionary<string, HashSet<string>>> PriceListAsync(OpenApiCaller api, List<GeneratedFamily> families)
    {
        var rows = OpenApiPrefixes.ToDictionary(p => p, _ => new HashSet<string>(StringComparer.Ordinal));
        foreach (var prefix in OpenApiPrefixes)
        {
            foreach (var category in families.Select(f => f.Category).Distinct())
            {
                var search = new JsonObject { ["limit"] = 1000, ["page"] = 1, ["search"] = new JsonArray(new JsonObject { ["field"] = "categories", ["value"] = category }) };
                var (status, body) = await api.SendAsync(HttpMethod.Post, "products", search.ToJsonString(), prefix: prefix);
                status.Should().Be(200, body.ToJsonString());
                rows[prefix].UnionWith(body["data"]!.AsArray().Select(r => $"{r!["code"]}|{r["name"]}|{r["category"]}"));
                body["data"]!.AsArray().Should().OnlyContain(r => r!["category"]!.GetValue<string>() == category);
            }
        }

        return rows;
    }

    private static string Body(string code, string to, string reference) => new JsonObject
    {
        ["msidn"] = to, ["amount"] = "", ["product_code"] = code, ["selling_price"] = "25000", ["value"] = to, ["partner_reference_id"] = reference,
    }.ToJsonString();

    private static string Fixture(List<GeneratedFamily> families, List<string> customers)
    {
        var text = new StringBuilder(FamilyYaml.Write([.. families.Select(f => f.Entry())]).Text).Append("products:\n");
        for (var j = 0; j < families.Count; j++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - {{ code: GF{j}P10, family: {families[j].Name}, price: 10500 }}\n");
        }

        text.Append("customers:\n");
        for (var j = 0; j < families.Count; j++)
        {
            var power = families[j].Power ? $", power: {Power}" : "";
            text.Append(CultureInfo.InvariantCulture, $"  - {{ to: {FamilyYaml.DoubleQuoted(customers[j])}, family: {families[j].Name}, name: {Customer}{power} }}\n");
        }

        return text.ToString();
    }
}
