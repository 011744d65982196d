using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions.Execution;
using Klikoo.Emulator.Admin;

namespace Klikoo.Emulator.Tests.OpenApi;

/// <summary>
/// Paging through many transactions, on both stores: the Open API's <c>GET transactions</c> and the admin list answer
/// the matching slice with the right total for every page size and page; on Redis a page reads only its own
/// transactions, not every one held.
/// </summary>
[TestFixture(StateStore.Memory)]
[TestFixture(StateStore.Redis)]
public sealed class OpenApiHistoryPagingTests(StateStore stateStore)
{
    private const int Made = 23;

    [Test]
    public async Task GetTransactions_EveryLimitAndPage_TheMatchingSliceNewestFirstWithTheTotal()
    {
        await using var factory = new EmulatorFactory(store: stateStore);
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);
        var refIds = await BuyAsync(http, Made);
        var newest = Enumerable.Reverse(refIds).ToList();
        var gopay = newest.Where((_, i) => (Made - 1 - i) % 3 == 0).ToList();

        using (new AssertionScope())
        {
            foreach (var limit in new[] { 1, 2, 5, 7, 22, 23, 50 })
            {
                for (var page = 1; page <= ((Made + limit - 1) / limit) + 1; page++)
                {
                    var (_, body) = await api.SendAsync(HttpMethod.Get, "transactions", query: $"page={page}&limit={limit}");
                    Refs(body).Should().Equal(newest.Skip((page - 1) * limit).Take(limit), $"page {page} of {limit}");
                    body["meta"]!["total_rows"]!.GetValue<int>().Should().Be(Made);
                    body["meta"]!["total_pages"]!.GetValue<int>().Should().Be((Made + limit - 1) / limit);
                }

                var (_, searched) = await api.SendAsync(HttpMethod.Get, "transactions", query: $"page=2&limit={limit}&q=gopay");
                Refs(searched).Should().Equal(gopay.Skip(limit).Take(limit), $"page 2 of {limit} searching GOPAY");
                searched["meta"]!["total_rows"]!.GetValue<int>().Should().Be(gopay.Count);
            }
        }
    }

    [Test]
    public async Task AdminTransactions_EveryLimitAndOffset_TheSliceInEitherOrderWithTheTotal()
    {
        await using var factory = new EmulatorFactory(store: stateStore);
        using var http = factory.CreateClient();
        var refIds = await BuyAsync(http, Made);

        using (new AssertionScope())
        {
            foreach (var (limit, offset) in new[] { (1, 0), (5, 0), (5, 20), (7, 7), (100, 3), (3, 30) })
            {
                foreach (var order in new[] { "oldest", "newest" })
                {
                    var expected = (order == "newest" ? Enumerable.Reverse(refIds) : refIds).Skip(offset).Take(limit);
                    using var response = await http.GetAsync($"/__admin/transactions?limit={limit}&offset={offset}&order={order}&clientId={IrsQuery.ClientId}");
                    var page = await response.Content.ReadFromJsonAsync<JsonElement>();
                    page.EnumerateArray().Select(t => t.GetProperty("refId").GetString()).Should().Equal(expected, $"{order} {limit} after {offset}");
                    response.Headers.GetValues(AdminPage.TotalCountHeader).Single().Should().Be(Made.ToString(CultureInfo.InvariantCulture));
                }
            }
        }
    }

    [Test]
    public async Task GetTransactions_OnRedisWithManyHeld_APageReadsOnlyItsOwnTransactions()
    {
        if (stateStore == StateStore.Memory)
        {
            Assert.Ignore("Counts Redis commands.");
        }

        await using var redis = await RedisServer.StartAsync();
        await using var factory = new EmulatorFactory(settings: new Dictionary<string, string?> { ["Klikoo:State:Redis"] = redis.ConnectionString });
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);
        await BuyAsync(http, 300);

        await redis.CommandAsync("CONFIG", "RESETSTAT");
        var (_, body) = await api.SendAsync(HttpMethod.Get, "transactions", query: "page=3&limit=10");
        using var admin = await http.GetAsync("/__admin/transactions?limit=10&offset=20&order=newest");
        var stats = await redis.CommandAsync("INFO", "commandstats") ?? "";

        using (new AssertionScope(stats))
        {
            Refs(body).Should().Equal(Enumerable.Range(0, 10).Select(i => $"p{279 - i}"));
            body["meta"]!["total_rows"]!.GetValue<int>().Should().Be(300);
            admin.Headers.GetValues(AdminPage.TotalCountHeader).Single().Should().Be("300");
            Calls(stats, "hgetall").Should().BeLessThanOrEqualTo(2 * 12, "two pages of ten, not 300 transactions each");
        }
    }

    // The sample account's buys p0, p1, ...: every third GOPAY10, the rest OVO10, all final at once.
    private static async Task<List<string>> BuyAsync(HttpClient http, int count)
    {
        var refIds = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var refId = $"p{i}";
            (await http.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy(i % 3 == 0 ? "GOPAY10" : "OVO10", "081234567890", refId)}")).Should().Contain("SUCCESS");
            refIds.Add(refId);
        }

        return refIds;
    }

    private static List<string> Refs(System.Text.Json.Nodes.JsonNode body) =>
        [.. body["data"]!.AsArray().Select(r => r!["partner_reference_id"]!.GetValue<string>())];

    private static long Calls(string stats, string command) =>
        stats.Split('\n').FirstOrDefault(l => l.StartsWith($"cmdstat_{command}:calls=", StringComparison.Ordinal)) is { } line
            ? long.Parse(line.Split('=', ',')[1], CultureInfo.InvariantCulture)
            : 0;
}
