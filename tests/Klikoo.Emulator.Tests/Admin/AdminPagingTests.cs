using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Klikoo.Emulator.Admin;
using Klikoo.Emulator.Callbacks;
using Klikoo.Emulator.Journal;
using Klikoo.Emulator.Transactions;

namespace Klikoo.Emulator.Tests.Admin;

/// <summary>
/// The admin lists answer one page (<c>?limit=</c>, default 100, at most 1000; <c>?offset=</c>) with the whole
/// count in <c>X-Total-Count</c>, so a store of thousands never becomes a reply of megabytes.
/// </summary>
public sealed partial class AdminPagingTests
{
    private const int Items = 137;
    private const int Cases = 400;

    private static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;

    [Test]
    public async Task Transactions_NoLimit_OneDefaultPageWithTheTotal()
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();
        await BuyAsync(client, Items);

        using var response = await client.GetAsync("/__admin/transactions");
        var page = await response.Content.ReadFromJsonAsync<JsonArray>(Json);

        page!.Select(t => t!["refId"]!.GetValue<string>()).Should().Equal(
            factory.Get<ITransactionStore>().All().Take(AdminPage.DefaultLimit).Select(t => t.Key.RefId), "the oldest first, as before");
        response.Headers.GetValues(AdminPage.TotalCountHeader).Should().Equal($"{Items}");
    }

    [TestCase("/__admin/transactions")]
    [TestCase("/__admin/journal")]
    [TestCase("/__admin/callbacks")]
    public async Task List_LimitAboveTheMaximum_OneMaximumPage(string path)
    {
        await using var factory = new EmulatorFactory(settings: new Dictionary<string, string?> { ["Klikoo:Journal:Capacity"] = "5000" });
        using var client = factory.CreateClient();
        await BuyAsync(client, AdminPage.MaxLimit + 10);
        AddCallbackAttempts(factory, AdminPage.MaxLimit + 10);

        var page = await client.GetFromJsonAsync<JsonArray>($"{path}?limit=1000000", Json);

        page!.Count.Should().Be(AdminPage.MaxLimit);
    }

    [TestCase("/__admin/transactions?limit=0")]
    [TestCase("/__admin/transactions?limit=-5")]
    [TestCase("/__admin/transactions?offset=-1")]
    [TestCase("/__admin/transactions?order=sideways")]
    [TestCase("/__admin/journal?limit=0")]
    [TestCase("/__admin/journal?offset=-1")]
    [TestCase("/__admin/callbacks?limit=0")]
    [TestCase("/__admin/callbacks?offset=-2")]
    [TestCase("/__admin/callbacks?limit=ten")]
    [TestCase("/__admin/journal?limit=99999999999999999999")]
    public async Task List_ImpossiblePage_ValidationProblem(string path)
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [TestCase(1)]
    [TestCase(2)]
    public async Task Transactions_GeneratedPages_AreTheMatchingSliceWithTheTotal(int seed)
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();
        await BuyAsync(client, Items);
        var all = factory.Get<ITransactionStore>().All().Select(t => t.Snapshot()).ToList();
        var statuses = new[] { null, "inProgress", "success", "failed", "SUCCESS" };
        var cases = Generated.Cases(Gen.Zip(Pages(), Gen.Zip(Gen.Elements(statuses), Gen.Elements<string?>(null, "oldest", "newest"))), (ulong)seed, Cases);
        var failures = new List<string>();

        foreach (var ((limit, offset), (status, order)) in cases)
        {
            var query = Query(limit, offset) + (status is null ? "" : $"&status={status}") + (order is null ? "" : $"&order={order}");
            var matching = all.Where(t => status is null || t.Status.ToString().Equals(status, StringComparison.OrdinalIgnoreCase)).Select(t => t.RefId);
            var expected = Slice(order == "newest" ? matching.Reverse() : matching, limit, offset, out var total);
            await CheckAsync(client, "/__admin/transactions" + query, "refId", expected, total, failures);
        }

        failures.Should().BeEmpty();
    }

    [TestCase(1)]
    [TestCase(2)]
    public async Task Journal_GeneratedPages_AreTheMatchingSliceNewestFirstWithTheTotal(int seed)
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();
        await BuyAsync(client, Items);
        var all = factory.Get<RequestJournal>().Snapshot();
        var cases = Generated.Cases(Gen.Zip(Pages(), Gen.Elements<string?>(null, "buy", "inquiry")), (ulong)seed, Cases);
        var failures = new List<string>();

        foreach (var ((limit, offset), operation) in cases)
        {
            var query = Query(limit, offset) + (operation is null ? "" : $"&operation={operation}");
            var expected = Slice(all.Where(e => operation is null || e.Operation == operation).Select(e => e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), limit, offset, out var total);
            await CheckAsync(client, "/__admin/journal" + query, "id", expected, total, failures);
        }

        failures.Should().BeEmpty();
    }

    [TestCase(1)]
    [TestCase(2)]
    public async Task Callbacks_GeneratedPages_AreTheMatchingSliceNewestFirstWithTheTotal(int seed)
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();
        AddCallbackAttempts(factory, Items);
        var all = factory.Get<CallbackLog>().Snapshot().Reverse().ToList();
        var cases = Generated.Cases(Gen.Zip(Pages(), Gen.Elements<string?>(null, "r3", "r4", "none")), (ulong)seed, Cases);
        var failures = new List<string>();

        foreach (var ((limit, offset), refId) in cases)
        {
            var query = Query(limit, offset) + (refId is null ? "" : $"&refId={refId}");
            var expected = Slice(all.Where(a => refId is null || a.RefId == refId).Select(a => a.Url), limit, offset, out var total);
            await CheckAsync(client, "/__admin/callbacks" + query, "url", expected, total, failures);
        }

        failures.Should().BeEmpty();
    }

    [Test]
    public void Dashboard_EveryListItPolls_AsksForAPage()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "emulator", "Klikoo.Emulator.Core", "Admin", "Dashboard.html"));

        var lists = ListFetch().Matches(page).Select(m => m.Value).ToList();

        lists.Should().Contain(l => l.StartsWith("\"/transactions", StringComparison.Ordinal))
            .And.Contain(l => l.StartsWith("\"/journal", StringComparison.Ordinal))
            .And.Contain(l => l.StartsWith("\"/callbacks", StringComparison.Ordinal))
            .And.AllSatisfy(l => l.Should().Contain("limit="));
    }

    [Test]
    public async Task OpenApi_DescribesThePagingParameters()
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();

        var document = await client.GetFromJsonAsync<JsonObject>("/__admin/openapi.json");

        foreach (var path in new[] { "/__admin/transactions", "/__admin/journal", "/__admin/callbacks" })
        {
            var list = document!["paths"]![path]!["get"]!;
            var described = list["parameters"]!.AsArray().Where(p => p!["description"] is not null).Select(p => p!["name"]!.GetValue<string>());
            described.Should().Contain(["limit", "offset"], path);
            list["responses"]!["200"]!["headers"]![AdminPage.TotalCountHeader].Should().NotBeNull(path);
        }
    }

    private static Gen<(int? Limit, int? Offset)> Pages() =>
        Gen.Zip(
            Gen.Frequency((1, Gen.Constant<int?>(null)), (4, Gen.Choose(1, 30).Select(i => (int?)i)), (1, Gen.Elements<int?>(1, 99, 100, 137, 999, 1000, 1001, int.MaxValue))),
            Gen.Frequency((1, Gen.Constant<int?>(null)), (4, Gen.Choose(0, 150).Select(i => (int?)i)), (1, Gen.Elements<int?>(0, 136, 137, 138, int.MaxValue))));

    private static string Query(int? limit, int? offset) =>
        "?x=1" + (limit is null ? "" : $"&limit={limit}") + (offset is null ? "" : $"&offset={offset}");

    private static List<string> Slice(IEnumerable<string> items, int? limit, int? offset, out int total)
    {
        var list = items.ToList();
        total = list.Count;
        return [.. list.Skip(offset ?? 0).Take(Math.Min(limit ?? AdminPage.DefaultLimit, AdminPage.MaxLimit))];
    }

    private static async Task CheckAsync(HttpClient client, string path, string key, List<string> expected, int total, List<string> failures)
    {
        using var response = await client.GetAsync(path);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            failures.Add($"{path}: HTTP {(int)response.StatusCode}");
            return;
        }

        var page = (await response.Content.ReadFromJsonAsync<JsonArray>(Json))!.Select(item => item![key]!.ToString()).ToList();
        var counted = response.Headers.TryGetValues(AdminPage.TotalCountHeader, out var values) ? values.Single() : "(none)";
        if (!page.SequenceEqual(expected) || counted != $"{total}")
        {
            failures.Add($"{path}: {page.Count} item(s) [{string.Join(",", page.Take(3))}...], total {counted}; expected {expected.Count} [{string.Join(",", expected.Take(3))}...], total {total}");
        }
    }

    private static async Task BuyAsync(HttpClient client, int count)
    {
        foreach (var batch in Enumerable.Range(0, count).Chunk(200))
        {
            // Every third stays INPROGRESS, every fifth fails: the status filter has something to choose from.
            await Task.WhenAll(batch.Select(i => client.GetStringAsync(
                $"/v1/irs/buy?{IrsQuery.Buy("OVO10", i % 3 == 0 ? "081234569992" : i % 5 == 0 ? "081234569993" : "081234567890", $"t{i}")}")));
        }

        // The journal gets inquiries too.
        await client.GetStringAsync($"/v1/irs/inquiry?{IrsQuery.Sample("OVO10", "081000000001")}");
    }

    private static void AddCallbackAttempts(EmulatorFactory factory, int count)
    {
        var log = factory.Get<CallbackLog>();
        for (var i = 0; i < count; i++)
        {
            log.Add(new CallbackAttempt(DateTimeOffset.UnixEpoch.AddSeconds(i), "c", $"r{i % 7}", $"http://receiver.example/{i}", 1, 200, null, Delivered: true));
        }
    }

    [GeneratedRegex("\"/(transactions|journal|callbacks)[^\"]*\"")]
    private static partial Regex ListFetch();
}
