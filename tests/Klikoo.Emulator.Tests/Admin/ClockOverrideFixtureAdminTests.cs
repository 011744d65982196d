using System.Net;
using System.Net.Http.Json;
using Klikoo.Contracts.Lines;

namespace Klikoo.Emulator.Tests.Admin;

[TestFixture(StateStore.Memory)]
[TestFixture(StateStore.Redis)]
public sealed class ClockOverrideFixtureAdminTests(StateStore stateStore)
{
    [Test]
    public async Task AdvanceClock_PendingTransactionDue_FinishesAtOnce()
    {
        await using var factory = new EmulatorFactory(store: stateStore);
        using var client = factory.CreateClient();
        var buy = $"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234569990", "c1")}";
        await client.GetStringAsync(buy);

        using var advanced = await client.PostAsJsonAsync("/__admin/clock/advance", new { seconds = 30 });

        advanced.StatusCode.Should().Be(HttpStatusCode.OK);
        (await advanced.Content.ReadAsStringAsync()).Should().Contain("\"wib\":\"12:33:25.000000 12/11/2024\"");
        factory.Get<Emulator.Transactions.ITransactionStore>().All().Single().Status.Should().Be(TransactionStatus.Success);
    }

    [Test]
    public async Task Override_NextBuyForDestination_UsedOnceThenGone()
    {
        await using var factory = new EmulatorFactory(store: stateStore);
        using var client = factory.CreateClient();

        using var created = await client.PostAsJsonAsync("/__admin/overrides", new { to = "081234567890", result = "failed", reason = "Forced by QA" });
        var first = FailedLine.Parse(await client.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234567890", "v1")}"));
        var second = await client.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234567890", "v2")}");

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        first.Reason.Should().Be("Forced by QA");
        RLine.Parse(second).Should().BeOfType<SuccessLine>();
        (await client.GetFromJsonAsync<object[]>("/__admin/overrides")).Should().BeEmpty();
    }

    [Test]
    public async Task Override_Invalid_ValidationProblem()
    {
        await using var factory = new EmulatorFactory(store: stateStore);
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/__admin/overrides", new { result = "failed" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync();
        body.Should().Contain("Give a refId or a to").And.Contain("A failed outcome needs a reason.");
    }

    [Test]
    public async Task Fixtures_AfterAnInvalidEdit_ShowTheErrors()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus();
        await using var factory = EmulatorFactory.On(fixtures, stateStore);
        using var client = factory.CreateClient();
        fixtures.Write("broken.yaml", "products:\n  - { code: X1, family: pln }\n");

        var reload = await (await client.AdminPostAsync("/__admin/fixtures/reload")).Content.ReadAsStringAsync();
        var described = await client.GetStringAsync("/__admin/fixtures");

        reload.Should().Contain("\"succeeded\":false");
        described.Should().Contain("\"file\":\"broken.yaml\",\"line\":2,\"column\":5,\"message\":\"missing required field 'price'\"");
    }

    [Test]
    public async Task OpenApi_DescribesTheAdminApiOnly()
    {
        await using var factory = new EmulatorFactory(store: stateStore);
        using var client = factory.CreateClient();

        var document = await client.GetStringAsync("/__admin/openapi.json");

        document.Should().Contain("\"/__admin/transactions/{refId}/resolve\"").And.Contain("\"/__admin/journal\"").And.NotContain("/v1/irs/");
    }
}
