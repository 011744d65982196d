using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Transactions;

namespace Klikoo.Emulator.Tests.Admin;

[TestFixture(StateStore.Memory)]
[TestFixture(StateStore.Redis)]
public sealed class TransactionAdminTests(StateStore stateStore)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };

    [Test]
    public async Task Resolve_PendingTransaction_FinalAtOnceAndChargedOnce()
    {
        await using var factory = new EmulatorFactory(store: stateStore);
        using var client = factory.CreateClient();
        var buy = $"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234569992", "t1")}";
        await client.GetStringAsync(buy);

        using var resolved = await client.PostAsJsonAsync("/__admin/transactions/t1/resolve", new { result = "success" });
        var line = SuccessLine.Parse(await client.GetStringAsync(buy));

        resolved.StatusCode.Should().Be(HttpStatusCode.OK);
        (await resolved.Content.ReadFromJsonAsync<TransactionSnapshot>(Json))!.Status.Should().Be(TransactionStatus.Success);
        line.Balance.Should().Be(new BalanceChange(100_000_000, 10_100, 99_989_900));
    }

    [Test]
    public async Task Resolve_FinalTransaction_Conflict()
    {
        await using var factory = new EmulatorFactory(store: stateStore);
        using var client = factory.CreateClient();
        await client.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234567890", "t2")}");

        using var response = await client.PostAsJsonAsync("/__admin/transactions/t2/resolve", new { result = "failed", reason = "late" });

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await response.Content.ReadAsStringAsync()).Should().Contain("a final status never changes");
    }

    [TestCase("/__admin/transactions/none", "GET")]
    [TestCase("/__admin/transactions/none", "DELETE")]
    public async Task UnknownRefId_NotFoundProblem(string path, string method)
    {
        await using var factory = new EmulatorFactory(store: stateStore);
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(AdminRequests.Create(new HttpMethod(method), path));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Test]
    public async Task Delete_Transaction_RefIdUsableAgain()
    {
        await using var factory = new EmulatorFactory(store: stateStore);
        using var client = factory.CreateClient();
        await client.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234567890", "t3")}");

        (await client.AdminDeleteAsync("/__admin/transactions/t3")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var again = SuccessLine.Parse(await client.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy("DN10", "081234567890", "t3")}"));

        again.ProductCode.Should().Be("DN10");
    }

    [Test]
    public async Task List_FiltersByStatus()
    {
        await using var factory = new EmulatorFactory(store: stateStore);
        using var client = factory.CreateClient();
        await client.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234567890", "l1")}");
        await client.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234569992", "l2")}");

        var pending = await client.GetFromJsonAsync<TransactionSnapshot[]>("/__admin/transactions?status=inProgress", Json);

        pending!.Should().ContainSingle().Which.RefId.Should().Be("l2");
    }

    [Test]
    public async Task Reset_ForgetsTransactionsBalancesAndJournal()
    {
        await using var factory = new EmulatorFactory(store: stateStore);
        using var client = factory.CreateClient();
        await client.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234567890", "r1")}");

        (await client.AdminPostAsync("/__admin/reset")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var again = SuccessLine.Parse(await client.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234567890", "r1")}"));

        again.Balance.Before.Should().Be(100_000_000);
        again.TransactionId.Should().Be("10000001");
        (await client.GetFromJsonAsync<object[]>("/__admin/journal", Json)).Should().ContainSingle();
    }
}
