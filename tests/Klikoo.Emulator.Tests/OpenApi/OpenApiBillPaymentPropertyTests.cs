using System.Globalization;
using System.Text.Json.Nodes;
using Klikoo.Emulator.Fixtures;

namespace Klikoo.Emulator.Tests.OpenApi;

/// <summary>
/// Generated postpaid payments (docs/open-api.md#paying-a-bill) over every postpaid product, accounts (magic and
/// malformed ones too), periods, amounts around the total, repeated references and clock moves across midnight WIB:
/// a payment charges exactly the quoted total, a bill is charged once, and no refused payment changes the balance.
/// </summary>
[TestFixture(StateStore.Memory)]
[TestFixture(StateStore.Redis)]
public sealed class OpenApiBillPaymentPropertyTests(StateStore store)
{
    private const int Seed = 25_003;
    private const int Cases = 400;
    private const long Deposit = 100_000_000;

    private static readonly string[] Suffixes = ["", "", "", "", "9980", "9981", "9982", "9983", "9984", "9990", "9991", "9993"];

    [Test]
    public async Task Pay_GeneratedCases_TheQuotedTotalOnceAndNoRefusalCharges()
    {
        await using var factory = new EmulatorFactory(store: store);
        using var http = factory.CreateClient();
        var products = factory.Get<FixtureStore>().Current.Products.Values.Where(p => p.Family.Postpaid is not null).OrderBy(p => p.Code, StringComparer.Ordinal).ToArray();
        var random = new Random(Seed);
        var outcomes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var expected = Deposit;
        var charged = new Dictionary<string, int>(StringComparer.Ordinal);
        var api = await OpenApiCaller.StartAsync(factory, http);

        for (var i = 0; i < Cases; i++)
        {
            if (i % 100 == 0 && i > 0)
            {
                // A fresh deposit now and then, so balances do not run dry; the reset forgets quotes and paid bills too.
                using var reset = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
                (await http.PostAsync("/__admin/reset", reset)).EnsureSuccessStatusCode();
                (expected, charged) = (Deposit, new(StringComparer.Ordinal));
            }

            var product = products[random.Next(products.Length)];
            var example = product.Destination.Example!;
            var account = example[..^4] + random.Next(10_000).ToString("D4", CultureInfo.InvariantCulture);
            var suffix = Suffixes[random.Next(Suffixes.Length)];
            account = account[..^suffix.Length] + suffix;
            if (random.Next(20) == 0)
            {
                account = account[..^random.Next(1, 4)] + (random.Next(2) == 0 ? "x" : "");
            }

            var period = product.Family.Postpaid!.Kind == Emulator.Products.PostpaidKind.Bpjs ? random.Next(1, 4).ToString(CultureInfo.InvariantCulture) : null;
            var body = new JsonObject { ["account_number"] = account, ["product_code"] = product.Code };
            if (period is not null)
            {
                body["period"] = period;
            }

            var inquired = random.Next(8) != 0;
            var (inquiryStatus, bill) = inquired ? await api.SendAsync(HttpMethod.Post, "transactions/inquiry-postpaid", body.ToJsonString()) : (0, new JsonObject());
            var total = inquiryStatus == 200 ? long.Parse(bill["data"]!["total_amount"]!.GetValue<string>(), CultureInfo.InvariantCulture) : 1_000_000;
            var billKey = inquiryStatus == 200 ? $"{product.Code}/{account}/{bill["data"]!["periods"]!.AsArray()[^1]!["period"]}" : null;
            var because = $"case {i}: {product.Code} {account} {bill.ToJsonString()}";

            if (random.Next(6) == 0)
            {
                // Past midnight WIB now and then: the quote runs out (a new token, the old one expired too).
                factory.Clock.Advance(random.Next(2) == 0 ? TimeSpan.FromHours(random.Next(1, 3)) : TimeSpan.FromHours(24));
                api = await OpenApiCaller.StartAsync(factory, http);
            }

            var pending = new List<(string Id, long Amount)>();
            var references = new List<string>();
            for (var payment = random.Next(1, 4); payment > 0; payment--)
            {
                var reference = references.Count > 0 && random.Next(4) == 0 ? references[random.Next(references.Count)] : $"p{i}-{payment}";
                references.Add(reference);
                var amount = random.Next(6) switch
                {
                    0 => total - random.Next(1, 5_000),
                    1 => total + random.Next(1, 5_000),
                    _ => total,
                };
                var before = await OpenApiBillPaymentTests.BalanceAsync(api);
                var (status, paid) = await OpenApiBillPaymentTests.PayAsync(api, product.Code, account, reference, amount.ToString(CultureInfo.InvariantCulture));
                var after = await OpenApiBillPaymentTests.BalanceAsync(api);
                var step = $"{because} / pay {reference} {amount}: {paid.ToJsonString()}";
                if (status != 201)
                {
                    after.Should().Be(before, step);
                    Count(outcomes, OpenApiBillPaymentTests.Code(paid));
                    continue;
                }

                var data = paid["data"]!;
                long.Parse(data["amount"]!.GetValue<string>(), CultureInfo.InvariantCulture).Should().Be(total, step);
                amount.Should().BeGreaterThanOrEqualTo(total, step);
                var state = data["status"]!.GetValue<string>();
                Count(outcomes, "201 " + state);
                if (state != "FAILED")
                {
                    (charged[billKey!] = charged.GetValueOrDefault(billKey!) + 1).Should().Be(1, $"a bill is paid once: {step}");
                }

                if (state == "SUCCESS")
                {
                    expected -= total;
                }
                else if (state == "PENDING")
                {
                    pending.Add((data["transaction_id"]!.GetValue<string>(), total));
                }

                after.Should().Be(expected, step);
            }

            if (pending.Count > 0)
            {
                factory.Clock.Advance(TimeSpan.FromSeconds(31));
                api = await OpenApiCaller.StartAsync(factory, http);
                foreach (var (id, amount) in pending)
                {
                    var (_, detail) = await api.SendAsync(HttpMethod.Get, $"transactions/{id}");
                    var final = detail["data"]!["status"]!.GetValue<string>();
                    Count(outcomes, "pending then " + final);
                    expected -= final == "SUCCESS" ? amount : 0;
                }
            }

            (await OpenApiBillPaymentTests.BalanceAsync(api)).Should().Be(expected, because);
        }

        // The generator must reach every outcome, or the property says little.
        outcomes.Keys.Should().Contain(
            ["201 SUCCESS", "201 FAILED", "201 PENDING", "pending then SUCCESS", "pending then FAILED", "400026510", "404027002", "404027011", "404027012", "409026563", "503029998"],
            string.Join(", ", outcomes.Select(o => $"{o.Key}: {o.Value}")));
    }

    private static void Count(SortedDictionary<string, int> outcomes, string outcome) => outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
}
