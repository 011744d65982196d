using FluentAssertions.Execution;

namespace Klikoo.Emulator.Tests.OpenApi;

/// <summary>GET transactions/{id} and GET transactions: the token's client's transactions only, paged with Klikoo's meta block.</summary>
public sealed class OpenApiHistoryTests
{
    private const string Other = "other-client";
    private const string OtherSecret = "other-secret-0123456789abcdefghij";

    [Test]
    public async Task GetTransactions_FivePagesOfTwo_MetaAndNewestFirst()
    {
        await using var factory = new EmulatorFactory();
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);
        for (var i = 1; i <= 9; i++)
        {
            await api.BuyAsync("OVO10", "081234567890", $"h{i}");
        }

        var (status, page2) = await api.SendAsync(HttpMethod.Get, "transactions", query: "page=2&limit=2");
        var (_, last) = await api.SendAsync(HttpMethod.Get, "transactions", query: "page=5&limit=2");
        var (_, beyond) = await api.SendAsync(HttpMethod.Get, "transactions", query: "page=9&limit=2");

        using (new AssertionScope())
        {
            status.Should().Be(200);
            page2["response_code"]!.GetValue<string>().Should().Be("200022000");
            page2["meta"]!.ToJsonString().Should().Be("""{"current_page":2,"previous_page":1,"next_page":3,"total_pages":5,"total_rows":9,"per_page":2}""");
            page2["data"]!.AsArray().Select(r => r!["partner_reference_id"]!.GetValue<string>()).Should().Equal("h7", "h6");
            last["meta"]!["next_page"]!.GetValue<int>().Should().Be(0);
            last["data"]!.AsArray().Should().ContainSingle();
            beyond["data"]!.AsArray().Should().BeEmpty();
        }
    }

    [TestCase("q=h1", new[] { "h12", "h11", "h10", "h1" })]
    [TestCase("q=H12", new[] { "h12" })]
    [TestCase("q=GOPAY", new[] { "h12", "h10", "h2" })]
    [TestCase("q=zzz", new string[0])]
    public async Task GetTransactions_Search_MatchesReferenceProductAndIgnoresCase(string query, string[] expected)
    {
        await using var factory = new EmulatorFactory();
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);
        foreach (var i in new[] { 1, 2, 10, 11, 12 })
        {
            await api.BuyAsync(i % 2 == 0 ? "GOPAY10" : "OVO10", "081234567890", $"h{i}");
        }

        var (_, page) = await api.SendAsync(HttpMethod.Get, "transactions", query: "page=1&limit=50&" + query);

        page["data"]!.AsArray().Select(r => r!["partner_reference_id"]!.GetValue<string>()).Should().Equal(expected);
    }

    [Test]
    public async Task GetTransactions_FromAndTo_OnlyThatWindowUtcWithoutZone()
    {
        var start = new DateTimeOffset(2024, 11, 12, 5, 0, 0, TimeSpan.Zero);
        await using var factory = new EmulatorFactory(start);
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);
        await api.BuyAsync("OVO10", "081234567890", "early");
        factory.Clock.Advance(TimeSpan.FromHours(2));
        api = await OpenApiCaller.StartAsync(factory, http);
        await api.BuyAsync("OVO10", "081234567890", "late");

        var (_, page) = await api.SendAsync(HttpMethod.Get, "transactions", query: "page=1&limit=50&from=2024-11-12T06:00:00&to=2024-11-12T08:00:00");

        page["data"]!.AsArray().Select(r => r!["partner_reference_id"]!.GetValue<string>()).Should().Equal("late");
    }

    [TestCase("limit=50", 400, "400026512")]
    [TestCase("page=1", 400, "400026512")]
    [TestCase("page=0&limit=50", 400, "400026510")]
    [TestCase("page=1&limit=1001", 400, "400026510")]
    [TestCase("page=1&limit=-1", 400, "400026510")]
    [TestCase("page=x&limit=50", 400, "400026510")]
    [TestCase("page=1&page=2&limit=50", 400, "400026510")]
    [TestCase("page=1&limit=50&from=yesterday", 400, "400026510")]
    [TestCase("page=99999999999&limit=50", 400, "400026510")]
    [TestCase("page=2147483647&limit=1000", 200, "200022000")]
    public async Task GetTransactions_BadQuery_RefusedWithTheDocumentedCode(string query, int expectedStatus, string expectedCode)
    {
        await using var factory = new EmulatorFactory();
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);

        var (status, body) = await api.SendAsync(HttpMethod.Get, "transactions", query: query);

        status.Should().Be(expectedStatus);
        body["response_code"]!.GetValue<string>().Should().Be(expectedCode);
    }

    [Test]
    public async Task GetTransaction_AnotherClientsTransaction_404AndNotInItsHistory()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus(("other-clients.yaml", $"""
            clients:
              - id: {Other}
                secret: {OtherSecret}
                pin: "1111"
                balance: 1000000
                publicKey: {OpenApiCaller.PublicKey}
            """));
        await using var factory = EmulatorFactory.On(fixtures);
        using var http = factory.CreateClient();
        var sample = await OpenApiCaller.StartAsync(factory, http);
        var other = await OpenApiCaller.StartAsync(factory, http, Other, OtherSecret);
        var (_, bought) = await sample.BuyAsync("OVO10", "081234567890", "mine");
        var id = bought["data"]!["transaction_id"]!.GetValue<string>();

        var (status, body) = await other.SendAsync(HttpMethod.Get, "transactions/" + id);
        var (_, history) = await other.SendAsync(HttpMethod.Get, "transactions", query: "page=1&limit=50");
        var (mineStatus, _) = await sample.SendAsync(HttpMethod.Get, "transactions/" + id);

        using (new AssertionScope())
        {
            status.Should().Be(404);
            body.ToJsonString().Should().Be("""{"response_code":"404027005","response_message":"Transaksi tidak ditemukan","data":null}""");
            history["data"]!.AsArray().Should().BeEmpty();
            history["meta"]!["total_pages"]!.GetValue<int>().Should().Be(0);
            mineStatus.Should().Be(200);
        }
    }
}
