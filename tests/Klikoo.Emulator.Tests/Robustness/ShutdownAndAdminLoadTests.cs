using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Testing;
using Klikoo.Emulator.Tests.Admin;
using Klikoo.Emulator.Tests.Transactions;
using Klikoo.Emulator.Transactions;

namespace Klikoo.Emulator.Tests.Robustness;

/// <summary>Stopping never cuts a reply short, and the admin API can be used freely while partners are served.</summary>
public sealed class ShutdownAndAdminLoadTests
{
    private const long Start = 100_000_000;
    private const long Price = 10_100;

    [Test]
    public async Task Stop_WhileRequestsAreInFlight_EachStillGetsItsWholeLine()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus(
            TestClient.Fixture(Start),
            ("slow.yaml", "scenarios:\n  - { name: slow, match: { to: { suffix: '7001' } }, fault: { delay: 1000 } }\n"));
        var emulator = await KlikooEmulator.StartAsync(new KlikooEmulatorOptions { Fixtures = fixtures.Path });
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };
        using var active = new ActiveRequests();
        var inFlight = Enumerable.Range(0, 20).Select(i => http.GetAsync(i % 2 == 0
            ? $"/v1/irs/inquiry?{TestClient.Buy("OVO10", "081234567001", $"i{i}")}"
            : $"/v1/irs/buy?{TestClient.Buy("OVO10", "081234567001", $"b{i}")}")).ToList();

        // Each is inside the emulator (held there by the 1 s fault delay) before it stops.
        await Eventually.TrueAsync(() => active.Count >= 20, "20 requests in flight");
        await emulator.DisposeAsync();

        var responses = await Task.WhenAll(inFlight);
        for (var i = 0; i < responses.Length; i++)
        {
            responses[i].StatusCode.Should().Be(HttpStatusCode.OK);
            var line = await responses[i].Content.ReadAsStringAsync();
            RLine.Parse(line).Should().BeOfType(i % 2 == 0 ? typeof(InquirySuccessLine) : typeof(SuccessLine), line);
        }

        var after = () => http.GetAsync($"/v1/irs/inquiry?{TestClient.Buy("OVO10", "081234567890", "late")}");
        await after.Should().ThrowAsync<HttpRequestException>("a stopped emulator takes no new requests");
    }

    [Test]
    public async Task Admin_ConcurrentCallsUnderPublicLoad_NeverDisturbRepliesOrState()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus(TestClient.Fixture(Start));
        await using var factory = EmulatorFactory.On(fixtures, settings: ("Klikoo:Journal:Capacity", "100"));
        using var client = factory.CreateClient();
        const int buys = 600;

        // Public load: buys (a third of them pending until resolved), re-checks and inquiries, all at once...
        var publicCalls = Enumerable.Range(0, buys).SelectMany(i => new[]
        {
            client.GetAsync($"/v1/irs/buy?{TestClient.Buy("OVO10", i % 3 == 0 ? "081234569992" : "081234567890", $"r{i}")}"),
            client.GetAsync($"/v1/irs/buy?{TestClient.Buy("OVO10", i % 3 == 0 ? "081234569992" : "081234567890", $"r{i}")}"),
            client.GetAsync($"/v1/irs/inquiry?{IrsQuery.Sample("PLN20", $"0{1000000000 + i}")}"),
        }).ToList();

        // ...while the admin API reads everything, adds and removes overrides, reloads fixtures and resolves the pending ones.
        var adminCalls = Enumerable.Range(0, buys).Select(i => (i % 6) switch
        {
            0 => client.GetAsync("/__admin/journal"),
            1 => client.GetAsync("/__admin/transactions"),
            2 => client.GetAsync("/__admin/health"),
            3 => client.AdminPostAsync("/__admin/fixtures/reload"),
            4 => client.PostAsJsonAsync("/__admin/overrides", new { to = "089999999999", result = "failed", reason = "x" }),
            _ => client.PostAsJsonAsync($"/__admin/transactions/r{i - (i % 3)}/resolve?clientId={TestClient.Id}", new { result = "success" }),
        }).ToList();

        foreach (var response in await Task.WhenAll(publicCalls))
        {
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            (await response.Content.ReadAsStringAsync()).Should().StartWith("R#");
        }

        foreach (var response in await Task.WhenAll(adminCalls))
        {
            // A resolve may come before its buy (404) or after another finished it (409); nothing else may fail.
            response.StatusCode.Should().BeOneOf(HttpStatusCode.OK, HttpStatusCode.Created, HttpStatusCode.NotFound, HttpStatusCode.Conflict);
        }

        var transactions = factory.Get<ITransactionStore>().All().Select(t => t.Snapshot()).ToList();
        transactions.Should().HaveCount(buys, "one transaction per ref_id, however often it was sent");
        var charged = transactions.Count(t => t.Status == TransactionStatus.Success);
        SuccessLine.Parse(await client.GetStringAsync($"/v1/irs/buy?{TestClient.Buy("OVO10", "081234567890", "last")}"))
            .Balance.Before.Should().Be(Start - (charged * Price), "every SUCCESS charged once, nothing else charged");
        var journal = await client.GetFromJsonAsync<JsonArray>("/__admin/journal");
        journal!.Count.Should().Be(100, "the journal stays within its capacity");
    }
}
