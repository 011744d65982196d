using System.Text.Json.Nodes;
using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Irs;

namespace Klikoo.Emulator.Tests.OpenApi;

/// <summary>
/// Both interfaces validate an order the same way: thousands of generated and mutated orders (truncated, punctuated,
/// huge, other scripts' digits, swapped fields) get 201 from the Open API exactly when the string interface's
/// validator accepts the same fields, and a 409 when a valid reference repeats. Every answer is Klikoo's envelope
/// with a nine-digit code that starts with the HTTP status. Seeded: a failure replays.
/// </summary>
public sealed class OpenApiBuyPropertyTests
{
    private const int Seed = 16_2024;
    private const int Cases = 1500;

    private static readonly (string Product, string Value, string Amount)[] Orders =
    [
        ("OVO10", "081234567890", ""), ("GOPAY20", "081234567891", "20100"), ("DN1", "081234567892", ""), ("DNOPEN", "081234567893", "20000"),
        ("PLN20", "01105691111", ""), ("MAX5000", "081234567894", ""), ("MXD17", "8123456", ""), ("OVO10", "081234569992", ""),
    ];

    private static readonly string[] Products = ["OVO10", "GOPAY20", "DN1", "DNOPEN", "PLN20", "MAX5000", "MXD17", "ovo10", "NOPE", ""];
    private static readonly string[] Values = ["081234567890", "0812345678", "01105691111", "12345678901", "8123456", "081234569992", "", "0812 3456 789", "٠٨١٢٣٤٥٦٧٨٩٠", "+6281234567890"];
    private static readonly string[] Amounts = ["", "20000", "10000", "1", "999999999999999", "1000000000000000", "-1", "20.000", "2e4", "٢٠٠٠٠", " 20000"];
    private static readonly string[] Punctuation = ["", " ", "'", "\"", "#", "%", "\n", "\\", "é", "\u0000", "../"];

    [Test]
    public async Task Buy_GeneratedOrders_201ExactlyWhenTheStringInterfaceAcceptsThem()
    {
        await using var factory = new EmulatorFactory();
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);
        var random = new Random(Seed);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);

        for (var i = 0; i < Cases; i++)
        {
            var (product, value, amount) = Pick(random, Orders);
            var reference = random.Next(4) == 0 ? $"ref-{random.Next(40)}" : $"ref-{i}";
            switch (random.Next(6))
            {
                case 0: product = Mutate(random, random.Next(3) == 0 ? Pick(random, Products) : product); break;
                case 1: value = Mutate(random, random.Next(3) == 0 ? Pick(random, Values) : value); break;
                case 2: reference = Mutate(random, reference); break;
                case 3: amount = Mutate(random, random.Next(2) == 0 ? Pick(random, Amounts) : amount); break;
            }

            var sellingPrice = random.Next(20) == 0 ? "1,5" : "25000";
            var body = new JsonObject
            {
                ["amount"] = amount, ["msidn"] = value, ["product_code"] = product, ["selling_price"] = sellingPrice, ["value"] = value,
                ["partner_reference_id"] = reference,
            }.ToJsonString();
            var irs = new IrsRequest(IrsQuery.ClientId, IrsQuery.ClientSecret, IrsQuery.Idrs, IrsQuery.Pin, product, reference, value,
                amount.Length == 0 ? null : amount, sellingPrice);

            var valid = IrsRequestValidator.TryValidate(irs, factory.Get<FixtureStore>().Current, out _, out _);
            var (status, answer) = await api.SendAsync(HttpMethod.Post, "products/buy", body);

            var code = answer["response_code"]!.GetValue<string>();
            code.Should().MatchRegex("^[0-9]{9}$", body);
            code[..3].Should().Be($"{status}", body);
            answer["response_message"]!.GetValue<string>().Should().NotBeEmpty(body);
            var expected = !valid ? "refused" : seen.Add(reference) ? "201" : "409";
            var outcome = status == 201 ? "201" : status == 409 ? "409" : "refused";
            outcome.Should().Be(expected, $"case {i}: {body}");
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            if (status == 201 && i % 25 == 0)
            {
                var line = RLine.Parse(await http.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy(product, value, reference, IrsAmount(product, amount))}"));
                line.Should().BeAssignableTo<TransactionLine>().Which.TransactionId.Should().Be(answer["data"]!["transaction_id"]!.GetValue<string>(), body);
            }
        }

        // The generator must reach every outcome often, or the property says little.
        outcomes.Should().ContainKeys("201", "409", "refused").And.OnlyContain(o => o.Value >= 30, string.Join(", ", outcomes));
    }

    // The string interface's re-check sends the amount only for an open denomination, as the Open API keeps it.
    private static string IrsAmount(string product, string amount) => product == "DNOPEN" ? amount : "";

    private static T Pick<T>(Random random, T[] values) => values[random.Next(values.Length)];

    private static string Mutate(Random random, string text) => random.Next(6) switch
    {
        0 when text.Length > 0 => text[..random.Next(text.Length)],
        1 => text.Insert(random.Next(text.Length + 1), Pick(random, Punctuation)),
        2 => text + new string('9', random.Next(1, 40)),
        _ => text,
    };
}
