using System.Globalization;
using System.Text.Json.Nodes;
using FluentAssertions.Execution;

namespace Klikoo.Emulator.Tests.OpenApi;

/// <summary>
/// Paying a postpaid bill with POST products/buy (docs/open-api.md#paying-a-bill): the payment refers to the client's
/// latest inquiry of the product and account, charges its total once, and is refused with Klikoo's codes otherwise;
/// on both stores.
/// </summary>
[TestFixture(StateStore.Memory)]
[TestFixture(StateStore.Redis)]
public sealed class OpenApiBillPaymentTests(StateStore store)
{
    // One account per documented product code, from Klikoo's inquiry-postpaid page.
    private static readonly object[] Documented =
    [
        new object[] { "POSTPAIDPLN", "514040400482", null! },
        new object[] { "PDAMACEHTGR", "1160026", null! },
        new object[] { "PDAMMJK", "1726010024", null! },
        new object[] { "PDAMABOJ", "107917", null! },
        new object[] { "FIRSMEDIA", "11632498", null! },
        new object[] { "RBKREDITBAF", "547010008701", null! },
        new object[] { "RBFNFIF", "607002393411", null! },
        new object[] { "RBASRBPJSKSH", "8888801433177155", "1" },
    ];

    [TestCaseSource(nameof(Documented))]
    public async Task Pay_DocumentedProduct_ChargesTheQuotedTotalShownInDetailAndHistory(string product, string account, string? period)
    {
        await using var factory = new EmulatorFactory(store: store);
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);
        var before = await BalanceAsync(api);
        var bill = await InquireAsync(api, product, account, period);
        var total = Rupiah(bill["data"]!["total_amount"]);

        var (status, paid) = await PayAsync(api, product, account, "pay-1", total.ToString(CultureInfo.InvariantCulture));
        var id = paid["data"]?["transaction_id"]?.GetValue<string>();
        var (_, detail) = await api.SendAsync(HttpMethod.Get, $"transactions/{id}");
        var (_, history) = await api.SendAsync(HttpMethod.Get, "transactions", query: "page=1&limit=10");

        using (new AssertionScope())
        {
            status.Should().Be(201, paid.ToJsonString());
            paid["response_code"]!.GetValue<string>().Should().Be("201022001");
            detail["data"]!["status"]!.GetValue<string>().Should().Be("SUCCESS", detail.ToJsonString());
            Rupiah(detail["data"]!["amount"]).Should().Be(total);
            detail["data"]!["value"]!.GetValue<string>().Should().Be(account);
            detail["data"]!["customer_name"]!.GetValue<string>().Should().Be(bill["data"]!["customer_name"]!.GetValue<string>());
            detail["data"]!["sn"]!.GetValue<string>().Should().Contain(bill["data"]!["customer_name"]!.GetValue<string>())
                .And.Contain(bill["data"]!["periods"]!.AsArray()[^1]!["period"]!.GetValue<string>());
            history["data"]!.AsArray().Select(r => r!["partner_reference_id"]!.GetValue<string>()).Should().Equal("pay-1");
            (await BalanceAsync(api)).Should().Be(before - total);
        }
    }

    [Test]
    public async Task Pay_Twice_SameReferenceUsedOtherReferenceAlreadyPaid()
    {
        await using var factory = new EmulatorFactory(store: store);
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);
        var total = Total(await InquireAsync(api, "PDAMMJK", "1726010024"));
        await PayAsync(api, "PDAMMJK", "1726010024", "pay-1", total);
        var after = await BalanceAsync(api);

        var (sameStatus, same) = await PayAsync(api, "PDAMMJK", "1726010024", "pay-1", total);
        var (otherStatus, other) = await PayAsync(api, "PDAMMJK", "1726010024", "pay-2", total);
        var (inquiryStatus, inquiry) = await api.SendAsync(HttpMethod.Post, "transactions/inquiry-postpaid", """{"account_number":"1726010024","product_code":"PDAMMJK"}""");

        using (new AssertionScope())
        {
            (sameStatus, Code(same)).Should().Be((409, "409026563"));
            (otherStatus, Code(other)).Should().Be((404, "404027002"));
            (inquiryStatus, Code(inquiry)).Should().Be((404, "404027002"), "the bill is paid");
            (await BalanceAsync(api)).Should().Be(after);
        }
    }

    [Test]
    public async Task Pay_WithoutInquiry_ValidationErrorAndNothingCharged()
    {
        await using var factory = new EmulatorFactory(store: store);
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);
        var before = await BalanceAsync(api);

        var (status, answer) = await PayAsync(api, "POSTPAIDPLN", "514040400482", "pay-1", "1000000");

        (status, Code(answer)).Should().Be((400, "400026510"));
        (await BalanceAsync(api)).Should().Be(before);
    }

    [Test]
    public async Task Pay_AfterTheWibDayEnded_ValidationError()
    {
        // 23:59:00 WIB: the quote runs out in a minute.
        await using var factory = new EmulatorFactory(new DateTimeOffset(2024, 11, 12, 23, 59, 0, TimeSpan.FromHours(7)), store: store);
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);
        var total = Total(await InquireAsync(api, "FIRSMEDIA", "11632498"));

        factory.Clock.Advance(TimeSpan.FromSeconds(59));
        var (lastSecond, _) = await PayAsync(api, "FIRSMEDIA", "11632498", "pay-1", total);
        var total2 = Total(await InquireAsync(api, "FIRSMEDIA", "12524412"));
        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        var (midnight, answer) = await PayAsync(api, "FIRSMEDIA", "12524412", "pay-2", total2);

        lastSecond.Should().Be(201);
        (midnight, Code(answer)).Should().Be((400, "400026510"));
    }

    [Test]
    public async Task Pay_AmountBelowTheTotal_PaymentBelowMinimumVerbatim()
    {
        await using var factory = new EmulatorFactory(store: store);
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);
        var before = await BalanceAsync(api);
        var total = Rupiah((await InquireAsync(api, "RBFNFIF", "607002393411"))["data"]!["total_amount"]);

        var (status, answer) = await PayAsync(api, "RBFNFIF", "607002393411", "pay-1", (total - 1).ToString(CultureInfo.InvariantCulture));

        using (new AssertionScope())
        {
            status.Should().Be(503);
            answer.ToJsonString().Should().Be(
                """{"response_code":"503029998","response_message":"Jumlah pembayaran harus lebih besar dari jumlah minimum plus biaya admin (jika ada biaya admin)","data":null}""");
            (await BalanceAsync(api)).Should().Be(before);
        }
    }

    [TestCase("POSTPAIDPLN", "514040409982", 404, "404027002")] // no such customer
    [TestCase("POSTPAIDPLN", "514040409983", 404, "404027002")] // paid already
    [TestCase("RBKREDITBAF", "547010009984", 404, "404027012")] // the last instalment
    [TestCase("POSTPAIDPLN", "5140404", 404, "404027011")] // not a PLN account
    public async Task Pay_MagicOrMalformedAccount_DocumentedCode(string product, string account, int status, string code)
    {
        await using var factory = new EmulatorFactory(store: store);
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);
        var before = await BalanceAsync(api);

        var answer = await PayAsync(api, product, account, "pay-1", "1000000");

        (answer.Status, Code(answer.Body)).Should().Be((status, code));
        (await BalanceAsync(api)).Should().Be(before);
    }

    [Test]
    public async Task Pay_AccountEnding9993_FailsUnchargedAndTheBillStaysOpen()
    {
        await using var factory = new EmulatorFactory(store: store);
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);
        var before = await BalanceAsync(api);
        var total = Total(await InquireAsync(api, "PDAMMJK", "1726019993"));

        var (status, paid) = await PayAsync(api, "PDAMMJK", "1726019993", "pay-1", total);
        var (again, _) = await api.SendAsync(HttpMethod.Post, "transactions/inquiry-postpaid", """{"account_number":"1726019993","product_code":"PDAMMJK"}""");

        (status, paid["data"]!["status"]!.GetValue<string>()).Should().Be((201, "FAILED"));
        again.Should().Be(200, "a failed payment leaves the bill to pay");
        (await BalanceAsync(api)).Should().Be(before);
    }

    [TestCase("1726019990", "SUCCESS")]
    [TestCase("1726019991", "FAILED")]
    public async Task Pay_AccountEnding9990Or9991_PendingThenFinal(string account, string final)
    {
        await using var factory = new EmulatorFactory(store: store);
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);
        var before = await BalanceAsync(api);
        var total = Total(await InquireAsync(api, "PDAMMJK", account));

        var (_, paid) = await PayAsync(api, "PDAMMJK", account, "pay-1", total);
        var (other, _) = await PayAsync(api, "PDAMMJK", account, "pay-2", total);
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var (_, detail) = await api.SendAsync(HttpMethod.Get, $"transactions/{paid["data"]!["transaction_id"]!.GetValue<string>()}");

        using (new AssertionScope())
        {
            paid["data"]!["status"]!.GetValue<string>().Should().Be("PENDING");
            other.Should().Be(404, "a pending payment holds the bill");
            detail["data"]!["status"]!.GetValue<string>().Should().Be(final);
            (await BalanceAsync(api)).Should().Be(final == "SUCCESS" ? before - long.Parse(total, CultureInfo.InvariantCulture) : before);
        }
    }

    [Test]
    public async Task Pay_TwentyReferencesAtOnce_OneCharged()
    {
        await using var factory = new EmulatorFactory(store: store);
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);
        var before = await BalanceAsync(api);
        var total = Total(await InquireAsync(api, "POSTPAIDPLN", "520511567087"));

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => PayAsync(api, "POSTPAIDPLN", "520511567087", $"pay-{i}", total)));

        answers.Count(a => a.Status == 201).Should().Be(1, string.Join("\n", answers.Select(a => a.Body.ToJsonString())));
        answers.Where(a => a.Status != 201).Select(a => Code(a.Body)).Should().AllBe("404027002");
        (await BalanceAsync(api)).Should().Be(before - long.Parse(total, CultureInfo.InvariantCulture));
    }

    [Test]
    public async Task Pay_Refused_TheJournalSaysWhy()
    {
        await using var factory = new EmulatorFactory(store: store);
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);
        await PayAsync(api, "PDAMABOJ", "107917", "no-quote", "1000000");
        var total = long.Parse(Total(await InquireAsync(api, "PDAMABOJ", "107917")), CultureInfo.InvariantCulture);
        await PayAsync(api, "PDAMABOJ", "107917", "below", (total - 1).ToString(CultureInfo.InvariantCulture));
        var (_, paid) = await PayAsync(api, "PDAMABOJ", "107917", "paid", total.ToString(CultureInfo.InvariantCulture));
        await PayAsync(api, "PDAMABOJ", "107917", "again", total.ToString(CultureInfo.InvariantCulture));

        var journal = factory.Get<Emulator.Journal.RequestJournal>().Snapshot().Where(e => e.Operation == "open-api/products/buy").ToDictionary(e => e.RefId!, e => e.Diagnosis);

        using (new AssertionScope())
        {
            journal["no-quote"].Should().Contain("no inquiry of PDAMABOJ for 107917 today (WIB)");
            journal["below"].Should().Contain($"below the bill's total_amount {total}");
            journal["again"].Should().Contain($"is paid: transaction {paid["data"]!["transaction_id"]!.GetValue<string>()} (partner_reference_id 'paid', SUCCESS)");
        }
    }

    internal static async Task<JsonNode> InquireAsync(OpenApiCaller api, string product, string account, string? period = null)
    {
        var body = new JsonObject { ["account_number"] = account, ["product_code"] = product };
        if (period is not null)
        {
            body["period"] = period;
        }

        var (status, answer) = await api.SendAsync(HttpMethod.Post, "transactions/inquiry-postpaid", body.ToJsonString());
        status.Should().Be(200, answer.ToJsonString());
        return answer;
    }

    internal static Task<(int Status, JsonNode Body)> PayAsync(OpenApiCaller api, string product, string account, string reference, string amount) =>
        api.SendAsync(HttpMethod.Post, "products/buy", new JsonObject
        {
            ["amount"] = amount, ["msidn"] = "081234567890", ["product_code"] = product, ["selling_price"] = "", ["value"] = account,
            ["partner_reference_id"] = reference,
        }.ToJsonString());

    internal static async Task<long> BalanceAsync(OpenApiCaller api)
    {
        var (_, answer) = await api.SendAsync(HttpMethod.Get, "balance");
        return answer["data"]!["balance"]!.GetValue<long>();
    }

    internal static string Total(JsonNode bill) => bill["data"]!["total_amount"]!.GetValue<string>();

    internal static string Code(JsonNode answer) => answer["response_code"]!.GetValue<string>();

    private static long Rupiah(JsonNode? node) => long.Parse(node!.GetValue<string>(), NumberStyles.None, CultureInfo.InvariantCulture);
}
