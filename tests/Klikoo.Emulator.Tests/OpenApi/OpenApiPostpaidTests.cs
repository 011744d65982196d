using System.Globalization;
using System.Text.Json.Nodes;
using FluentAssertions.Execution;

namespace Klikoo.Emulator.Tests.OpenApi;

/// <summary>
/// POST transactions/inquiry-postpaid (docs/open-api.md#postpaid-bills): each of Klikoo's 13 sample requests answers
/// a bill whose total is its periods, late fees and admin fee, the same bill every time, and the magic accounts.
/// </summary>
public sealed class OpenApiPostpaidTests
{
    // Klikoo's inquiry-postpaid page, as printed (the BPJS one without a space after its colon).
    internal static readonly string[] SampleRequests =
    [
        """{"account_number": "514040400482", "product_code": "POSTPAIDPLN"}""",
        """{"account_number": "520511567087", "product_code": "POSTPAIDPLN"}""",
        """{"account_number": "533512366386", "product_code": "POSTPAIDPLN"}""",
        """{"account_number": "1160026", "product_code": "PDAMACEHTGR"}""",
        """{"account_number": "1726010024", "product_code": "PDAMMJK"}""",
        """{"account_number": "107917", "product_code": "PDAMABOJ"}""",
        """{"account_number": "11632498", "product_code": "FIRSMEDIA"}""",
        """{"account_number": "12524412", "product_code": "FIRSMEDIA"}""",
        """{"account_number": "1778551", "product_code": "FIRSMEDIA"}""",
        """{"account_number": "547010008701", "product_code": "RBKREDITBAF"}""",
        """{"account_number": "607002393411", "product_code": "RBFNFIF"}""",
        """{"account_number": "225010040304", "product_code": "RBKREDITBAF"}""",
        """{"account_number": "8888801433177155", "period":"1", "product_code": "RBASRBPJSKSH"}""",
    ];

    [TestCaseSource(nameof(SampleRequests))]
    public async Task Inquiry_DocumentedSample_ABillWhoseTotalAddsUp(string body)
    {
        await using var factory = new EmulatorFactory();
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);
        var sent = JsonNode.Parse(body)!;

        var (status, answer) = await api.SendAsync(HttpMethod.Post, "transactions/inquiry-postpaid", body);
        var (_, again) = await api.SendAsync(HttpMethod.Post, "transactions/inquiry-postpaid", body);

        using (new AssertionScope())
        {
            status.Should().Be(200, answer.ToJsonString());
            answer["response_code"]!.GetValue<string>().Should().Be("200022000");
            answer["response_message"]!.GetValue<string>().Should().Be("Sukses");
            var data = answer["data"]!;
            data["product_code"]!.GetValue<string>().Should().Be(sent["product_code"]!.GetValue<string>());
            data["account_number"]!.GetValue<string>().Should().Be(sent["account_number"]!.GetValue<string>());
            data["customer_name"]!.GetValue<string>().Should().NotBeEmpty();
            var periods = data["periods"]!.AsArray();
            periods.Should().NotBeEmpty();
            var bills = periods.Sum(p => Rupiah(p!["amount"]));
            var late = periods.Sum(p => Rupiah(p!["late_fee"]));
            Rupiah(data["bill_amount"]).Should().Be(bills);
            Rupiah(data["late_fee"]).Should().Be(late);
            Rupiah(data["total_amount"]).Should().Be(bills + late + Rupiah(data["admin_fee"]));
            again.ToJsonString().Should().Be(answer.ToJsonString(), "an account owes the same on every inquiry");
        }
    }

    [TestCase("514040409980", "POSTPAIDPLN", 1)]
    [TestCase("514040409981", "POSTPAIDPLN", 3)]
    [TestCase("1726019980", "PDAMMJK", 1)]
    [TestCase("1726019981", "PDAMMJK", 3)]
    [TestCase("11639981", "FIRSMEDIA", 3)]
    [TestCase("547010009981", "RBKREDITBAF", 1)] // one instalment per payment (maxPeriods 1)
    public async Task Inquiry_MagicPeriods_ThatManyPeriodsEndingLastMonth(string account, string product, int count)
    {
        await using var factory = new EmulatorFactory();
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);
        var now = factory.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7));
        var lastMonth = new DateOnly(now.Year, now.Month, 1).AddMonths(-1);

        var (status, answer) = await api.SendAsync(HttpMethod.Post, "transactions/inquiry-postpaid", $$"""{"account_number":"{{account}}","product_code":"{{product}}"}""");

        status.Should().Be(200, answer.ToJsonString());
        answer["data"]!["periods"]!.AsArray().Select(p => p!["period"]!.GetValue<string>()).Should()
            .Equal(Enumerable.Range(0, count).Select(i => lastMonth.AddMonths(i - count + 1).ToString("yyyy-MM", CultureInfo.InvariantCulture)));
    }

    [Test]
    public async Task Inquiry_Bpjs_TheMonthsAskedFromThisMonthWithTheirMembers()
    {
        await using var factory = new EmulatorFactory();
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);

        var (_, answer) = await api.SendAsync(HttpMethod.Post, "transactions/inquiry-postpaid", """{"account_number":"8888801433177155","period":"3","product_code":"RBASRBPJSKSH"}""");

        var data = answer["data"]!;
        data["periods"]!.AsArray().Should().HaveCount(3);
        int.Parse(data["members"]!.GetValue<string>(), CultureInfo.InvariantCulture).Should().BeInRange(1, 5);
        Rupiah(data["admin_fee"]).Should().Be(3 * 2500);
    }

    [Test]
    public async Task Inquiry_KindFields_OnlyTheKindsOwn()
    {
        await using var factory = new EmulatorFactory();
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);

        var (_, pln) = await api.SendAsync(HttpMethod.Post, "transactions/inquiry-postpaid", """{"account_number":"514040400482","product_code":"POSTPAIDPLN"}""");
        var (_, pdam) = await api.SendAsync(HttpMethod.Post, "transactions/inquiry-postpaid", """{"account_number":"1726010024","product_code":"PDAMMJK"}""");
        var (_, finance) = await api.SendAsync(HttpMethod.Post, "transactions/inquiry-postpaid", """{"account_number":"607002393411","product_code":"RBFNFIF"}""");

        using (new AssertionScope())
        {
            pln["data"]!["power_capacity"]!.GetValue<string>().Should().MatchRegex("^[A-Z][0-9]M?/[0-9]+VA$");
            pln["data"]!["meter_reading"]!.GetValue<string>().Should().MatchRegex("^[0-9]{8}-[0-9]{8}$");
            pln["data"]!.AsObject().ContainsKey("address").Should().BeFalse();
            pdam["data"]!["address"]!.GetValue<string>().Should().NotBeEmpty();
            pdam["data"]!["due_date"]!.GetValue<string>().Should().MatchRegex("^[0-9]{4}-[0-9]{2}-20$");
            var tenor = int.Parse(finance["data"]!["tenor"]!.GetValue<string>(), CultureInfo.InvariantCulture);
            int.Parse(finance["data"]!["instalment"]!.GetValue<string>(), CultureInfo.InvariantCulture).Should().BeInRange(1, tenor - 1, "the last one is paid at the branch");
            finance["data"]!["item"]!.GetValue<string>().Should().NotBeEmpty();
        }
    }

    private static long Rupiah(JsonNode? node) => long.Parse(node!.GetValue<string>(), NumberStyles.None, CultureInfo.InvariantCulture);
}
