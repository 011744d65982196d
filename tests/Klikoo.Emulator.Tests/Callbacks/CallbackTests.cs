using Klikoo.Contracts.Callbacks;
using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Callbacks;
using Klikoo.Emulator.Tests.Transactions;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Klikoo.Emulator.Tests.Callbacks;

/// <summary>Final reports reach the partner's receiver (WireMock.Net) with bounded retries; state never depends on it (docs/klikoo-interface.md#decisions).</summary>
[TestFixture(StateStore.Memory)]
[TestFixture(StateStore.Redis)]
public sealed class CallbackTests(StateStore stateStore)
{
    private static readonly DateTimeOffset T0 = new(2024, 11, 12, 9, 0, 0, TimeSpan.FromHours(7));

    private WireMockServer _receiver = null!;
    private TemporaryFixtures _fixtures = null!;
    private EmulatorFactory _factory = null!;
    private HttpClient _client = null!;

    [SetUp]
    public void Start()
    {
        _receiver = WireMockServer.Start();
        _fixtures = TemporaryFixtures.ShippedPlus(TestClient.Fixture(100_000, $"{_receiver.Url}/report?message={{message}}&refid={{refid}}"));
        _factory = EmulatorFactory.On(
            _fixtures, stateStore, T0, ("Klikoo:Callbacks:Attempts", "3"), ("Klikoo:Callbacks:RetryDelay", "00:00:00.010"), ("Klikoo:Callbacks:AttemptTimeout", "00:00:02"), ("Klikoo:Callbacks:DrainTimeout", "00:00:00.200"));
        _client = _factory.CreateClient();
    }

    // What set-up made before it stopped (an ignored or failed start) is undone all the same: no folder or receiver left behind.
    [TearDown]
    public async Task Stop()
    {
        _client?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        _fixtures?.Dispose();
        _receiver?.Stop();
        _receiver?.Dispose();
    }

    [Test]
    public async Task Buy_Success_ReportDeliveredOnceWithTheExactLine()
    {
        Receive(Response.Create().WithStatusCode(200));

        var line = await _client.GetStringAsync($"/v1/irs/buy?{TestClient.Buy("OVO10", "081234567890", "cb1")}");
        await Eventually.TrueAsync(() => Attempts().Any(a => a.Delivered), "the report to be delivered");

        var received = _receiver.LogEntries.Should().ContainSingle().Which.RequestMessage!;
        received.Method.Should().Be("GET");
        received.Path.Should().Be("/report");
        var report = KlikooCallback.Parse(new Uri(received.Url).Query);
        report.Line.Format().Should().Be(line);
        report.RefId.Should().Be("cb1");
        Attempts().Should().ContainSingle().Which.Attempt.Should().Be(1);
    }

    [Test]
    public async Task Buy_PendingThenSuccess_ReportSentOnceWhenItBecomesFinal()
    {
        Receive(Response.Create().WithStatusCode(200));
        var buy = $"/v1/irs/buy?{TestClient.Buy("OVO10", "081234569990", "cb2")}";
        await _client.GetStringAsync(buy);
        await _client.GetStringAsync(buy);

        Attempts().Should().BeEmpty("an INPROGRESS transaction sends no report");
        _factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var final = await _client.GetStringAsync(buy);
        await _client.GetStringAsync(buy);
        await Eventually.TrueAsync(() => Attempts().Any(a => a.Delivered), "the report to be delivered");

        var report = KlikooCallback.Parse(new Uri(_receiver.LogEntries.Single().RequestMessage!.Url).Query);
        report.Line.Should().BeOfType<SuccessLine>().And.Subject.As<SuccessLine>().Format().Should().Be(final);
        Attempts().Should().ContainSingle();
    }

    [Test]
    public async Task Buy_ReceiverFailsOnceThenRecovers_RetriedAndDelivered()
    {
        _receiver.Given(Request.Create().WithPath("/report")).InScenario("flaky").WillSetStateTo("recovered")
            .RespondWith(Response.Create().WithStatusCode(500));
        _receiver.Given(Request.Create().WithPath("/report")).InScenario("flaky").WhenStateIs("recovered")
            .RespondWith(Response.Create().WithStatusCode(200));

        await _client.GetStringAsync($"/v1/irs/buy?{TestClient.Buy("OVO10", "081234569993", "cb3")}");
        await Eventually.TrueAsync(() => Attempts().Any(a => a.Delivered), "the retried report to be delivered");

        Attempts().Select(a => (a.Attempt, a.StatusCode, a.Delivered)).Should().Equal((1, 500, false), (2, 200, true));
        _receiver.LogEntries.Should().HaveCount(2);
    }

    [Test]
    public async Task Buy_ReceiverDown_AttemptsBoundedAndRecordedStateUnaffected()
    {
        _receiver.Stop();
        var buy = $"/v1/irs/buy?{TestClient.Buy("OVO10", "081234567890", "cb4")}";

        var line = SuccessLine.Parse(await _client.GetStringAsync(buy));
        await Eventually.TrueAsync(() => Attempts().Count == 3, "three attempts");

        Attempts().Should().AllSatisfy(a => a.Should().BeEquivalentTo(new { Delivered = false, StatusCode = (int?)null, RefId = "cb4" }));
        Attempts().Select(a => a.Attempt).Should().Equal(1, 2, 3);
        SuccessLine.Parse(await _client.GetStringAsync(buy)).Should().Be(line);
    }

    [Test]
    public async Task Buy_SlowReceiver_ReplyDoesNotWaitForTheCallback()
    {
        Receive(Response.Create().WithStatusCode(200).WithDelay(TimeSpan.FromSeconds(1.5)));  // within the 2 s attempt timeout

        await _client.GetStringAsync($"/v1/irs/buy?{TestClient.Buy("OVO10", "081234567890", "cb5")}");

        // Had the reply waited for the callback, its attempt would be recorded already.
        Attempts().Should().BeEmpty("the callback is still on its way");
        await Eventually.TrueAsync(() => Attempts().Any(a => a.Delivered), "the callback to be delivered afterwards");
    }

    private void Receive(IResponseBuilder response) =>
        _receiver.Given(Request.Create().WithPath("/report").UsingGet()).RespondWith(response);

    private IReadOnlyList<CallbackAttempt> Attempts() => _factory.Get<CallbackLog>().Snapshot();
}
