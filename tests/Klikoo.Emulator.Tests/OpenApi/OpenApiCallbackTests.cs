using System.Text.Json.Nodes;
using FluentAssertions.Execution;
using Klikoo.Contracts.OpenApi;
using Klikoo.Emulator.Callbacks;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Klikoo.Emulator.Tests.OpenApi;

/// <summary>
/// The JSON purchase callback (docs/open-api.md#on-the-emulator): POSTed to the client's <c>openApiCallback</c> for
/// transactions bought through the Open API, with Klikoo's field order and types, through the string interface's
/// callback queue (same retries and log); the string interface's buys keep their line report.
/// </summary>
public sealed class OpenApiCallbackTests
{
    private const string Id = "json-client";
    private const string Secret = "json-secret-0123456789abcdefghijk";
    private static readonly DateTimeOffset T0 = new(2024, 11, 12, 9, 0, 0, TimeSpan.FromHours(7));

    private static readonly string[] FieldOrder =
    [
        "response_code", "response_message", "partner_reference_id", "transaction_id", "amount", "transaction_time", "transaction_status",
        "reason", "product_name", "sn", "value", "customer_name", "current_balance", "beginning_balance", "product_code",
    ];

    private WireMockServer _receiver = null!;
    private TemporaryFixtures _fixtures = null!;
    private EmulatorFactory _factory = null!;
    private HttpClient _http = null!;

    [SetUp]
    public void Start()
    {
        _receiver = WireMockServer.Start();
        _fixtures = TemporaryFixtures.ShippedPlus(("json-clients.yaml", $"""
            clients:
              - id: {Id}
                secret: {Secret}
                pin: "1111"
                balance: 1905248
                callback: "{_receiver.Url}/line?message={"{message}"}"
                openApiCallback: "{_receiver.Url}/callback"
                publicKey: {OpenApiCaller.PublicKey}
            """));
        _factory = EmulatorFactory.On(
            _fixtures, T0, ("Klikoo:Callbacks:Attempts", "3"), ("Klikoo:Callbacks:RetryDelay", "00:00:00.010"), ("Klikoo:Callbacks:AttemptTimeout", "00:00:02"), ("Klikoo:Callbacks:DrainTimeout", "00:00:00.200"));
        _http = _factory.CreateClient();
    }

    [TearDown]
    public async Task Stop()
    {
        _http.Dispose();
        await _factory.DisposeAsync();
        _fixtures.Dispose();
        _receiver.Stop();
        _receiver.Dispose();
    }

    [Test]
    public async Task Buy_Success_JsonCallbackPostedWithKlikoosFieldsOrderAndTypes()
    {
        Receive(200);
        var api = await OpenApiCaller.StartAsync(_factory, _http, Id, Secret);

        var (_, bought) = await api.BuyAsync("OVO10", "081234567890", "9d37f9ad-a7d0-41c7-92a6-285e2c8f845f");
        await Eventually.TrueAsync(() => Attempts().Any(a => a.Delivered), "the callback to be delivered");

        var received = _receiver.LogEntries.Should().ContainSingle().Which.RequestMessage!;
        var body = JsonNode.Parse(received.Body!)!.AsObject();
        using (new AssertionScope())
        {
            received.Method.Should().Be("POST");
            received.Path.Should().Be("/callback");
            received.Headers!["Content-Type"].Single().Should().StartWith("application/json");
            body.Select(p => p.Key).Should().Equal(FieldOrder);
            body["response_code"]!.GetValue<string>().Should().Be("200022000");
            body["response_message"]!.GetValue<string>().Should().Be("Sukses");
            body["partner_reference_id"]!.GetValue<string>().Should().Be("9d37f9ad-a7d0-41c7-92a6-285e2c8f845f");
            body["transaction_id"]!.GetValue<string>().Should().Be(bought["data"]!["transaction_id"]!.GetValue<string>());
            body["amount"]!.GetValue<string>().Should().Be("10100");
            body["transaction_status"]!.GetValue<string>().Should().Be("SUCCESS");
            body["transaction_time"]!.GetValue<string>().Should().Be("2024-11-12T02:00:00.000000Z");
            body["current_balance"]!.GetValueKind().Should().Be(System.Text.Json.JsonValueKind.Number);
            body["current_balance"]!.GetValue<long>().Should().Be(1905248 - 10100);
            body["beginning_balance"]!.GetValue<long>().Should().Be(1905248);
            System.Text.Json.JsonSerializer.Deserialize(received.Body!, KlikooOpenApiJson.Default.PurchaseCallback)!.Sn.Should().NotBeEmpty();
        }
    }

    [Test]
    public async Task Buy_PendingThenFailed_OneJsonCallbackWhenFinalWithTheReason()
    {
        Receive(200);
        var api = await OpenApiCaller.StartAsync(_factory, _http, Id, Secret);

        await api.BuyAsync("OVO10", "081234569991", "fails-later");
        _receiver.LogEntries.Should().BeEmpty("nothing is reported while pending");
        _factory.Clock.Advance(TimeSpan.FromSeconds(30));
        await Eventually.TrueAsync(() => Attempts().Any(a => a.Delivered), "the callback to be delivered");

        var body = JsonNode.Parse(_receiver.LogEntries.Should().ContainSingle().Which.RequestMessage!.Body!)!;
        body["transaction_status"]!.GetValue<string>().Should().Be("FAILED");
        body["reason"]!.GetValue<string>().Should().NotBeEmpty();
        body["current_balance"]!.GetValue<long>().Should().Be(1905248);
    }

    [Test]
    public async Task Buy_ReceiverFailsTwice_RetriedAsTheStringInterfacesCallbacks()
    {
        _receiver.Given(Request.Create().UsingPost()).InScenario("flaky").WillSetStateTo("1").RespondWith(Response.Create().WithStatusCode(500));
        _receiver.Given(Request.Create().UsingPost()).InScenario("flaky").WhenStateIs("1").WillSetStateTo("2").RespondWith(Response.Create().WithStatusCode(503));
        _receiver.Given(Request.Create().UsingPost()).InScenario("flaky").WhenStateIs("2").RespondWith(Response.Create().WithStatusCode(200));
        var api = await OpenApiCaller.StartAsync(_factory, _http, Id, Secret);

        await api.BuyAsync("OVO10", "081234567890", "flaky");
        await Eventually.TrueAsync(() => Attempts().Any(a => a.Delivered), "the callback to be delivered");

        Attempts().Select(a => (a.Attempt, a.StatusCode)).Should().Equal((1, 500), (2, 503), (3, 200));
    }

    [Test]
    public async Task Buy_ThroughTheStringInterface_StillTheLineReportNotJson()
    {
        Receive(200);

        await _http.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234567890", "irs-buy").As(Id, Secret, "1111")}");
        await Eventually.TrueAsync(() => Attempts().Any(a => a.Delivered), "the report to be delivered");

        var received = _receiver.LogEntries.Should().ContainSingle().Which.RequestMessage!;
        received.Method.Should().Be("GET");
        received.Path.Should().Be("/line");
    }

    [TestCase("ftp://example.com/callback", CallbackUrl.JsonNotHttp)]
    [TestCase("callback", CallbackUrl.JsonNotHttp)]
    [TestCase("http://example.com/cb?m={message}", CallbackUrl.JsonHasPlaceholder)]
    [TestCase("http://user:pw@example.com/cb", "'openApiCallback' must not carry a user name")]
    [TestCase("http://example.com/cb#x", "'openApiCallback' must not have a #fragment")]
    public void CheckJson_BadUrl_SaysWhy(string url, string expected) =>
        CallbackUrl.CheckJson(url).Should().StartWith(expected);

    [TestCase("http://example.com/callback")]
    [TestCase("https://example.com:8443/a/b?token=abc")]
    public void CheckJson_GoodUrl_Null(string url) => CallbackUrl.CheckJson(url).Should().BeNull();

    [Test]
    public async Task BillPayment_PendingThenSuccess_CallbackCarriesTheQuotedTotalAndTheBillsCustomer()
    {
        Receive(200);
        var api = await OpenApiCaller.StartAsync(_factory, _http, Id, Secret);
        var bill = await OpenApiBillPaymentTests.InquireAsync(api, "PDAMMJK", "1726019990");
        var (_, paid) = await OpenApiBillPaymentTests.PayAsync(api, "PDAMMJK", "1726019990", "bill-1", OpenApiBillPaymentTests.Total(bill));

        _factory.Clock.Advance(TimeSpan.FromSeconds(30));
        await Eventually.TrueAsync(() => Attempts().Any(a => a.Delivered), "the callback to be delivered");

        var body = JsonNode.Parse(_receiver.LogEntries.Should().ContainSingle().Which.RequestMessage!.Body!)!;
        using (new AssertionScope())
        {
            paid["data"]!["status"]!.GetValue<string>().Should().Be("PENDING");
            body["transaction_status"]!.GetValue<string>().Should().Be("SUCCESS");
            body["amount"]!.GetValue<string>().Should().Be(OpenApiBillPaymentTests.Total(bill));
            body["customer_name"]!.GetValue<string>().Should().Be(bill["data"]!["customer_name"]!.GetValue<string>());
            body["value"]!.GetValue<string>().Should().Be("1726019990");
        }
    }

    private void Receive(int status) => _receiver.Given(Request.Create()).RespondWith(Response.Create().WithStatusCode(status));

    private List<CallbackAttempt> Attempts() => [.. _factory.Get<CallbackLog>().Snapshot().Where(a => a.Attempt > 0).OrderBy(a => a.Attempt)];
}
