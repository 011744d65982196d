using System.Net;
using FluentAssertions.Execution;
using Klikoo.Contracts.OpenApi;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Klikoo.Contracts.Tests.OpenApi;

/// <summary>The reference client's own behaviour against an upstream played by WireMock.Net: token cache, retry, headers, faults.</summary>
public sealed class KlikooOpenApiClientTests
{
    private const string TokenPath = "/klikoo-b2b/v1/open-api/access-token";
    private const string BalancePath = "/klikoo-b2b/v1/open-api/balance";

    private WireMockServer _server = null!;
    private HttpClient _http = null!;
    private FakeTimeProvider _clock = null!;

    [SetUp]
    public void StartUpstream()
    {
        _server = WireMockServer.Start();
        _http = new HttpClient { BaseAddress = new Uri(_server.Url!) };
        _clock = new FakeTimeProvider(OpenApiSamples.At);
        _server.Given(Request.Create().WithPath(TokenPath).UsingPost()).RespondWith(Json(200, """{"response_code":"200012000","response_message":"Sukses","data":{"access_token":"a.b.c","token_type":"Bearer","expires_in":900}}"""));
    }

    [TearDown]
    public void StopUpstream()
    {
        _http.Dispose();
        _server.Stop();
        _server.Dispose();
    }

    [Test]
    public async Task GetBalance_TwiceWithinExpiresIn_OneTokenRequest()
    {
        AnswerBalance();
        var client = Client();

        await client.GetBalanceAsync();
        _clock.Advance(TimeSpan.FromSeconds(869));
        await client.GetBalanceAsync();

        Count(TokenPath).Should().Be(1);
    }

    [Test]
    public async Task GetBalance_PastExpiresInLessTheMargin_NewToken()
    {
        AnswerBalance();
        var client = Client();

        await client.GetBalanceAsync();
        _clock.Advance(TimeSpan.FromSeconds(870));
        await client.GetBalanceAsync();

        Count(TokenPath).Should().Be(2);
    }

    [Test]
    public async Task GetBalance_TokenRefusedOnce_NewTokenAndOneRetry()
    {
        _server.Given(Request.Create().WithPath(BalancePath)).InScenario("expiry").WillSetStateTo("refused")
            .RespondWith(Json(401, """{"response_code":"401016535","response_message":"Token kadaluarsa","data":null}"""));
        _server.Given(Request.Create().WithPath(BalancePath)).InScenario("expiry").WhenStateIs("refused")
            .RespondWith(Json(200, """{"response_code":"200032000","response_message":"Sukses","data":{"balance":7}}"""));

        var balance = await Client().GetBalanceAsync();

        balance.Data.Balance.Should().Be(7);
        Count(TokenPath).Should().Be(2);
        Count(BalancePath).Should().Be(2);
    }

    [Test]
    public async Task GetBalance_TokenRefusedTwice_ThrowsWithKlikoosCodeAndMessage()
    {
        _server.Given(Request.Create().WithPath(BalancePath)).RespondWith(Json(401, """{"response_code":"401016535","response_message":"Token kadaluarsa","data":null}"""));

        var call = () => Client().GetBalanceAsync();

        var failure = (await call.Should().ThrowAsync<KlikooOpenApiException>()).Which;
        failure.Should().BeEquivalentTo(new { StatusCode = HttpStatusCode.Unauthorized, ResponseCode = "401016535", ResponseMessage = "Token kadaluarsa" });
        failure.Message.Should().Be("HTTP 401 401016535 Token kadaluarsa");
        Count(BalancePath).Should().Be(2);
    }

    [Test]
    public async Task Buy_SignedCall_SendsTheHeadersAndTheExactBytesItSigned()
    {
        _server.Given(Request.Create().WithPath("/klikoo-b2b/v1/open-api/products/buy")).RespondWith(Json(201,
            """{"response_code":"201022001","response_message":"Berhasil dibuat","data":{"transaction_id":"1","status":"PENDING"}}"""));

        var result = await Client().BuyAsync(new ProductBuyRequest { Amount = "1", Msidn = "08996647676", ProductCode = "DNOPEN", SellingPrice = "2", Value = "089966476766", PartnerReferenceId = "d654219-d9b7-4e1a-8b51-99a5cafb11cb" });

        var token = _server.LogEntries.Single(e => e.RequestMessage!.Path == TokenPath).RequestMessage!;
        var buy = _server.LogEntries.Single(e => e.RequestMessage!.Path.EndsWith("/buy", StringComparison.Ordinal)).RequestMessage!;
        using (new AssertionScope())
        {
            result.Should().BeEquivalentTo(new { StatusCode = HttpStatusCode.Created, ResponseCode = "201022001", ResponseMessage = "Berhasil dibuat" });
            token.Headers!.Should().NotContainKey("Authorization");
            token.Headers!["Open-Api-Signature"].Single().Should().HaveLength(344, "an RSA-2048 signature in base64");
            buy.Body.Should().Be(OpenApiSamples.BuyBody);
            buy.Headers!["Authorization"].Should().Equal("Bearer a.b.c");
            buy.Headers!["Content-Type"].Single().Should().StartWith("application/json");
            buy.Headers!["Open-Api-Timestamp"].Should().Equal("2022-03-21T10:11:40+07:00");
            buy.Headers!["Open-Api-Signature"].Should().Equal(KlikooSignatures.SignRequest(OpenApiSamples.ClientSecret, "POST", "/v1/open-api/products/buy", "a.b.c", System.Text.Encoding.UTF8.GetBytes(OpenApiSamples.BuyBody), "2022-03-21T10:11:40+07:00"));
        }
    }

    [Test]
    public async Task GetTransactions_Query_SentButNotSigned()
    {
        _server.Given(Request.Create().WithPath("/klikoo-b2b/v1/open-api/transactions")).RespondWith(Json(200,
            """{"response_code":"200022000","response_message":"Sukses","meta":{"current_page":2,"previous_page":1,"next_page":0,"total_pages":2,"total_rows":3,"per_page":2},"data":[]}"""));

        var page = await Client().GetTransactionsAsync(new TransactionHistoryQuery { Page = 2, Limit = 2, Q = "maxim & co", From = "2023-12-19T17:00:00" });

        var request = _server.LogEntries[^1].RequestMessage!;
        page.Meta.TotalRows.Should().Be(3);
        request.Query!.ToDictionary(q => q.Key, q => q.Value.Single()).Should().Equal(new Dictionary<string, string> { ["page"] = "2", ["limit"] = "2", ["q"] = "maxim & co", ["from"] = "2023-12-19T17:00:00" });
        request.Headers!["Open-Api-Signature"].Should().Equal(KlikooSignatures.SignRequest(OpenApiSamples.ClientSecret, "GET", "/v1/open-api/transactions", "a.b.c", [], "2022-03-21T10:11:40+07:00"));
    }

    [TestCase(502, "<html>Bad Gateway</html>")]
    [TestCase(200, "R#OVO10 not json")]
    [TestCase(200, "{\"response_code\":\"200032000\",\"response_message\":\"Sukses\"}")]
    public async Task GetBalance_NotKlikoosEnvelope_ThrowsCarryingTheRawBody(int status, string body)
    {
        _server.Given(Request.Create().WithPath(BalancePath)).RespondWith(Response.Create().WithStatusCode(status).WithBody(body));

        var call = () => Client().GetBalanceAsync();

        (await call.Should().ThrowAsync<KlikooOpenApiException>()).Which.RawResponse.Should().Be(body);
    }

    [Test]
    public async Task GetBalance_HugeResponse_Refused()
    {
        _server.Given(Request.Create().WithPath(BalancePath)).RespondWith(Response.Create().WithBody(new string('x', 5 * 1024 * 1024)));

        var call = () => Client().GetBalanceAsync();

        (await call.Should().ThrowAsync<KlikooOpenApiException>()).WithMessage("*over the 4194304-byte limit*");
    }

    [Test]
    public void Constructor_NotAPkcs8Key_Throws()
    {
        var create = () => new KlikooOpenApiClient(_http, new KlikooOpenApiClientOptions { ClientId = "x", ClientSecret = "y", PrivateKey = "garbage" });

        create.Should().Throw<FormatException>();
    }

    [Test]
    public async Task Subclass_StandsInForTheClient_InAPartnersUnitTest()
    {
        KlikooOpenApiClient klikoo = new StandIn();

        var result = await klikoo.GetBalanceAsync();

        result.Data.Balance.Should().Be(42);
    }

    private KlikooOpenApiClient Client() => new(_http, new KlikooOpenApiClientOptions
    {
        ClientId = OpenApiSamples.ClientId,
        ClientSecret = OpenApiSamples.ClientSecret,
        PrivateKey = KlikooRsaKeys.ToHelperValue(OpenApiSamples.PrivateKeyPem),
        TimeProvider = _clock,
        TimestampMilliseconds = false,
    });

    private void AnswerBalance() =>
        _server.Given(Request.Create().WithPath(BalancePath)).RespondWith(Json(200, """{"response_code":"200032000","response_message":"Sukses","data":{"balance":1}}"""));

    private int Count(string path) => _server.LogEntries.Count(e => e.RequestMessage!.Path == path);

    private static IResponseBuilder Json(int status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);

    private sealed class StandIn : KlikooOpenApiClient
    {
        public override Task<OpenApiResult<BalanceData>> GetBalanceAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult(new OpenApiResult<BalanceData>(HttpStatusCode.OK, "200032000", "Sukses", new BalanceData { Balance = 42 }));
    }
}
