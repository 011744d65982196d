using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Klikoo.Contracts.Callbacks;
using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Tests.Transactions;
using Klikoo.Emulator.Transactions;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Klikoo.Emulator.Tests.Clock;

/// <summary>
/// <c>/__admin/clock</c>: a time outside the sane range is refused and never applied, so no reply can fail to write
/// its timestamp; a clock frozen by Klikoo:Clock:Fixed can still be set and advanced (docs/klikoo-interface.md#operating-contract, FakeTimeProvider semantics).
/// </summary>
[TestFixture(StateStore.Memory)]
[TestFixture(StateStore.Redis)]
public sealed class ClockAdminTests(StateStore stateStore)
{
    private const string Frozen = "2024-11-12T12:32:55.821005+07:00";
    private static readonly DateTimeOffset FrozenAt = DateTimeOffset.Parse(Frozen, System.Globalization.CultureInfo.InvariantCulture);

    [TestCase("9999-12-31T23:00:00Z")]
    [TestCase("9999-12-31T23:59:59.9999999+00:00")]
    [TestCase("0001-01-01T00:00:00Z")]
    [TestCase("1999-12-31T23:59:59.9999999Z")]
    [TestCase("2101-01-01T00:00:00Z")]
    [TestCase("2100-12-31T23:00:00-14:00")]
    public async Task SetClock_OutsideTheRange_BadRequestNotAppliedAndRoutesStillAnswer(string now)
    {
        await using var factory = new EmulatorFactory(store: stateStore);
        using var client = factory.CreateClient();
        var before = await ClockAsync(client);

        using var response = await client.PutAsync("/__admin/clock", Json($$"""{"now":"{{now}}"}"""));

        await ShouldBeRefusedAsync(response, "now");
        (await ClockAsync(client)).Should().Be(before);
        await ShouldServeAsync(client, "set");
    }

    [TestCase("1e300")]
    [TestCase("-1e300")]
    [TestCase("1.7976931348623157e308")]
    [TestCase("315619201")]
    [TestCase("-315619201")]
    [TestCase("\"NaN\"")]
    [TestCase("\"Infinity\"")]
    [TestCase("\"-Infinity\"")]
    [TestCase("NaN")]
    [TestCase("1e400")]
    public async Task AdvanceClock_ImpossibleSeconds_BadRequestNotApplied(string seconds)
    {
        await using var factory = new EmulatorFactory(store: stateStore);
        using var client = factory.CreateClient();
        var before = await ClockAsync(client);

        using var response = await client.PostAsync("/__admin/clock/advance", Json($$"""{"seconds":{{seconds}}}"""));

        await ShouldBeRefusedAsync(response);
        (await ClockAsync(client)).Should().Be(before);
        await ShouldServeAsync(client, "advance");
    }

    [Test]
    public async Task AdvanceClock_PastTheEndOfTheRange_BadRequestNotApplied()
    {
        await using var factory = new EmulatorFactory(store: stateStore);
        using var client = factory.CreateClient();
        (await client.PutAsJsonAsync("/__admin/clock", new { now = "2100-12-31T00:00:00Z" })).StatusCode.Should().Be(HttpStatusCode.OK);

        using var response = await client.PostAsJsonAsync("/__admin/clock/advance", new { seconds = 86_400 * 2 });

        await ShouldBeRefusedAsync(response, "seconds");
        (await ClockAsync(client)).Should().Be(DateTimeOffset.Parse("2100-12-31T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await ShouldServeAsync(client, "edge");
    }

    [Test]
    public async Task SetClock_FrozenByConfiguration_AppliedAndStillFrozen()
    {
        await using var factory = FrozenFactory();
        using var client = factory.CreateClient();

        using var response = await client.PutAsJsonAsync("/__admin/clock", new { now = "2025-01-01T00:00:00+07:00" });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var clock = await client.GetFromJsonAsync<JsonObject>("/__admin/clock");
        clock!["wib"]!.GetValue<string>().Should().Be("00:00:00.000000 01/01/2025");
        clock["frozen"]!.GetValue<bool>().Should().BeTrue();
    }

    [Test]
    public async Task AdvanceClock_FrozenByConfiguration_DueTransactionFinishesAndItsCallbackIsSent()
    {
        using var receiver = WireMockServer.Start();
        receiver.Given(Request.Create().WithPath("/report")).RespondWith(Response.Create().WithStatusCode(200));
        using var fixtures = TemporaryFixtures.ShippedPlus(TestClient.Fixture(100_000, $"{receiver.Url}/report?message={{message}}&refid={{refid}}"));
        await using var factory = EmulatorFactory.On(fixtures, stateStore, FrozenAt, ("Klikoo:Clock:Fixed", Frozen));
        using var client = factory.CreateClient();
        var buy = $"/v1/irs/buy?{TestClient.Buy("OVO10", "081234569990", "frozen-1")}";
        InProgressLine.Parse(await client.GetStringAsync(buy));

        using var advanced = await client.PostAsJsonAsync("/__admin/clock/advance", new { seconds = 30 });

        advanced.StatusCode.Should().Be(HttpStatusCode.OK);
        factory.Get<ITransactionStore>().All().Single().Status.Should().Be(TransactionStatus.Success);
        await Eventually.TrueAsync(() => receiver.LogEntries.Any(), "the report to arrive");
        var report = KlikooCallback.Parse(new Uri(receiver.LogEntries.Single().RequestMessage!.Url).Query);
        report.Line.Should().BeOfType<SuccessLine>().Which.Timestamp.Should().Be(FrozenAt.AddSeconds(30));
    }

    [Test]
    public async Task FrozenClock_SameRequests_SameLinesBeforeAndAfterAMove()
    {
        await using var factory = FrozenFactory();
        using var client = factory.CreateClient();
        var inquiry = $"/v1/irs/inquiry?{IrsQuery.Sample("OVO10", "081000000001")}";
        var buy = $"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234567890", "same-1")}";

        var first = (await client.GetStringAsync(inquiry), await client.GetStringAsync(buy));
        var again = (await client.GetStringAsync(inquiry), await client.GetStringAsync(buy));
        (await client.PostAsJsonAsync("/__admin/clock/advance", new { seconds = 60 })).EnsureSuccessStatusCode();
        var moved = (await client.GetStringAsync(inquiry), await client.GetStringAsync(buy));
        var movedAgain = (await client.GetStringAsync(inquiry), await client.GetStringAsync(buy));

        again.Should().Be(first);
        moved.Item1.Should().EndWith("@12:33:55.821005 12/11/2024");
        movedAgain.Should().Be(moved);
    }

    [Test]
    public async Task Start_FixedClockOutsideTheRange_FailsNamingTheKey()
    {
        // The test host, not WebApplicationFactory: its failed start sometimes surfaces as ObjectDisposedException.
        var start = () => Testing.KlikooEmulator.StartAsync(new Testing.KlikooEmulatorOptions { FrozenClock = DateTimeOffset.Parse("9999-12-31T23:00:00Z", System.Globalization.CultureInfo.InvariantCulture) });

        await start.Should().ThrowAsync<Microsoft.Extensions.Options.OptionsValidationException>().WithMessage("*Klikoo:Clock:Fixed*");
    }

    internal static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    internal static async Task<DateTimeOffset> ClockAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonObject>("/__admin/clock"))!["now"]!.GetValue<DateTimeOffset>();

    internal static async Task ShouldServeAsync(HttpClient client, string refId)
    {
        (await (await client.GetAsync($"/v1/irs/inquiry?{IrsQuery.Sample("OVO10", "081000000001")}")).ShouldBeKlikooLineAsync()).Should().StartWith("R#OVO10.");
        (await (await client.GetAsync($"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234569990", refId)}")).ShouldBeKlikooLineAsync()).Should().StartWith($"R#{refId} ");
        (await client.GetAsync("/__admin/health")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static async Task ShouldBeRefusedAsync(HttpResponseMessage response, string? field = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, body);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        if (field is not null)
        {
            body.Should().Contain($"\"{field}\"");
        }
    }

    private EmulatorFactory FrozenFactory() =>
        new(FrozenAt, new Dictionary<string, string?> { ["Klikoo:Clock:Fixed"] = Frozen }, stateStore);
}
