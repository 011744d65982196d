using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Klikoo.Contracts.Client;
using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Journal;

namespace Klikoo.Emulator.Tests.Scenarios;

/// <summary>Scenario rules deciding inquiries, and the opt-in test faults partners use to test their resilience.</summary>
[TestFixture(StateStore.Memory)]
[TestFixture(StateStore.Redis)]
public sealed class ScenarioOutcomeTests(StateStore stateStore)
{
    private const string Rules = """
        scenarios:
          - name: meters 5212 not found
            match: { product: PLN20, to: { prefix: "5212" } }
            inquiry: { failure: "No Customer tidak ditemukan" }
          - name: slow
            match: { to: { suffix: "7001" } }
            fault: { delay: 300 }
          - name: slow random
            match: { to: { suffix: "7002" } }
            fault: { delay: { min: 100, max: 400 } }
          - name: dropped
            match: { to: { suffix: "7003" } }
            fault: { drop: true }
          - name: garbled buys
            match: { to: { suffix: "7004" } }
            fault: { on: buy, garble: true }
          - name: upstream down
            match: { to: { suffix: "7005" } }
            fault: { status: 503 }
        """;

    private TemporaryFixtures _fixtures = null!;
    private EmulatorFactory _factory = null!;
    private HttpClient _http = null!;

    [SetUp]
    public void Start()
    {
        _fixtures = TemporaryFixtures.ShippedPlus(("test-scenarios.yaml", Rules));
        _factory = EmulatorFactory.On(_fixtures, stateStore);
        _http = _factory.CreateClient();
    }

    // What set-up made before it stopped (an ignored or failed start) is undone all the same: no folder left behind.
    [TearDown]
    public async Task Stop()
    {
        _http?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        _fixtures?.Dispose();
    }

    [Test]
    public async Task Inquiry_RuleWithFailure_FailsWithItsReason()
    {
        var failed = InquiryFailureLine.Parse(await _http.GetStringAsync($"/v1/irs/inquiry?{IrsQuery.Sample("PLN20", "52120000001")}"));
        var other = await _http.GetStringAsync($"/v1/irs/inquiry?{IrsQuery.Sample("PLN20", "52130000001")}");

        failed.Should().BeEquivalentTo(new { CustomerNumber = "52120000001", Reason = "No Customer tidak ditemukan" });
        RLine.Parse(other).Should().BeOfType<InquirySuccessLine>();
    }

    [Test]
    public async Task Fault_Delay_RepliesAfterItLabelled()
    {
        var watch = Stopwatch.StartNew();

        using var response = await _http.GetAsync($"/v1/irs/inquiry?{IrsQuery.Sample("OVO10", "081200007001")}");

        watch.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(290));
        (await response.ShouldBeKlikooLineAsync()).Should().StartWith("R#OVO10. PRICE: 10100.");
        response.Headers.GetValues("X-Klikoo-Emulator-Fault").Should().Equal("delay=300ms");
    }

    [Test]
    public async Task Fault_RandomDelay_SameForTheSameRefIdWithinItsRange()
    {
        using var first = await _http.GetAsync($"/v1/irs/inquiry?{IrsQuery.Sample("OVO10", "081200007002", refId: "r-1")}");
        using var again = await _http.GetAsync($"/v1/irs/inquiry?{IrsQuery.Sample("OVO10", "081200007002", refId: "r-1")}");

        var label = first.Headers.GetValues("X-Klikoo-Emulator-Fault").Single();
        again.Headers.GetValues("X-Klikoo-Emulator-Fault").Single().Should().Be(label);
        int.Parse(label["delay=".Length..^"ms".Length], System.Globalization.CultureInfo.InvariantCulture).Should().BeInRange(100, 400);
    }

    [Test]
    public async Task Fault_Drop_ClientSeesTheConnectionGo()
    {
        var call = () => ClientFor().InquireAsync(new InquiryRequest("OVO10", "d1", "081200007003"));

        await call.Should().ThrowAsync<KlikooClientException>();
    }

    [Test]
    public async Task Fault_GarbleOnBuyOnly_ClientRefusesTheLineInquiryUntouched()
    {
        var buy = () => ClientFor().BuyAsync(new BuyRequest("OVO10", "g1", "081200007004"));

        var refused = (await buy.Should().ThrowAsync<KlikooClientException>()).Which;
        refused.RawReply.Should().StartWith("R#g1 OVO10. 081200007004 SUCCESS.").And.EndWith("#~\u00bf");
        (await ClientFor().InquireAsync(new InquiryRequest("OVO10", "g2", "081200007004"))).IsSuccess.Should().BeTrue();
        RLine.Parse(await _http.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy("DN10", "081299990000", "g3")}")).Should().BeOfType<SuccessLine>();
    }

    [Test]
    public async Task Fault_Status_Http503LabelledAndJournaled()
    {
        using var response = await _http.GetAsync($"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081200007005", "s1")}");

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await response.Content.ReadAsStringAsync()).Should().Be("Klikoo Emulator test fault: HTTP 503");
        var entry = (await _http.GetFromJsonAsync<JournalEntry[]>("/__admin/journal", JsonSerializerOptions.Web))!.First();
        entry.Fault.Should().Be("status=503");
        entry.Reply.Should().StartWith("R#s1 OVO10. 081200007005 SUCCESS.", "the journal keeps what the emulator would have said");
    }

    private KlikooIrsClient ClientFor() => new(_http, new KlikooClientOptions
    {
        ClientId = IrsQuery.ClientId,
        ClientSecret = IrsQuery.ClientSecret,
        Pin = IrsQuery.Pin,
        Timeout = TimeSpan.FromSeconds(10),
    });
}
