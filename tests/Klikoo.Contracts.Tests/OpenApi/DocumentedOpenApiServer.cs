using Klikoo.Contracts.OpenApi;
using Microsoft.Extensions.Time.Testing;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Klikoo.Contracts.Tests.OpenApi;

/// <summary>
/// WireMock.Net replaying Klikoo's Open API documentation for its example account (docs/open-api.md#worked-example):
/// the documented sample bodies, codes and messages verbatim, the token being the digital-signature page's JWT.
/// Requests must carry exactly the signatures of the computed test vectors (GET balance, the buy sample), so a client
/// that signs differently finds no mapping and gets Klikoo's error envelope. Bodies Klikoo does not document (balance,
/// history rows) follow docs/open-api.md#assumed-not-documented-by-klikoo.
/// </summary>
internal sealed class DocumentedOpenApiServer : IOpenApiServer
{
    public const string TransactionId = "14429004";

    private const string Prefix = "/klikoo-b2b/v1/open-api/";

    private static readonly string SignatureMismatch = Envelope("400016508", "Signature tidak sesuai");
    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly FakeTimeProvider _clock = new(OpenApiSamples.At);

    public DocumentedOpenApiServer()
    {
        var tokenBody = $$$"""{"grant_type":"client_credentials","additional_info":{"client_id":"{{{OpenApiSamples.ClientId}}}","client_secret":"{{{OpenApiSamples.ClientSecret}}}"}}""";
        _server.Given(Request.Create().WithPath(Prefix + "access-token").UsingPost()
                .WithHeader("Open-Api-Timestamp", new ExactMatcher(OpenApiSamples.Timestamp))
                .WithHeader("Open-Api-Signature", new ExactMatcher(OpenApiSamples.AuthSignature))
                .WithBody(new ExactMatcher(tokenBody)))
            .AtPriority(1)
            .RespondWith(Json(200, $$"""
                {
                    "response_code": "200012000",
                    "response_message": "Sukses",
                    "data": {
                        "access_token": "{{OpenApiSamples.Token}}",
                        "token_type": "Bearer",
                        "expires_in": 900
                    }
                }
                """));
        _server.Given(Request.Create().WithPath(Prefix + "access-token").UsingPost().WithBody(new ExactMatcher(tokenBody)))
            .AtPriority(5).RespondWith(Json(400, SignatureMismatch));
        _server.Given(Request.Create().WithPath(Prefix + "access-token").UsingPost())
            .AtPriority(10).RespondWith(Json(401, Envelope("401016570", "Kredensial tidak sesuai")));

        _server.Given(Signed("GET", "balance", OpenApiSamples.BalanceSignature))
            .AtPriority(1).RespondWith(Json(200, """{"response_code":"200032000","response_message":"Sukses","data":{"balance":1905248}}"""));

        var buy = Signed("POST", "products/buy", OpenApiSamples.BuySignature).WithBody(new ExactMatcher(OpenApiSamples.BuyBody));
        _server.Given(buy).InScenario("buy").WhenStateIs("bought").AtPriority(1)
            .RespondWith(Json(409, Envelope("409026563", "ReferenceNo sudah digunakan, silahkan gunakan reference_no yang lain")));
        _server.Given(buy).InScenario("buy").WillSetStateTo("bought").AtPriority(2)
            .RespondWith(Json(201, $$"""{"response_code":"201022001","response_message":"Berhasil dibuat","data":{{Transaction("PENDING", "")}}}"""));

        _server.Given(Signed("GET", "transactions/" + TransactionId))
            .AtPriority(1).RespondWith(Json(200, $$"""{"response_code":"200022000","response_message":"Sukses","data":{{Transaction("SUCCESS", "2024052110121481030100166521802805959/DNID DEFX SUSXXXX")}}}"""));
        _server.Given(Signed("GET", "transactions/99999999"))
            .AtPriority(1).RespondWith(Json(404, Envelope("404027005", "Transaksi tidak ditemukan")));
        _server.Given(Signed("GET", "transactions").WithParam("page", "1").WithParam("limit", "50"))
            .AtPriority(1).RespondWith(Json(200, $$"""
                {"response_code":"200022000","response_message":"Sukses","meta":{"current_page":1,"previous_page":0,"next_page":0,"total_pages":1,"total_rows":1,"per_page":50},"data":[{"created_at":"2024-05-21T04:54:18.788451Z",{{Transaction("SUCCESS", "2024052110121481030100166521802805959/DNID DEFX SUSXXXX")[1..]}}]}
                """));

        // Anything else signed: the signature did not match any documented call.
        _server.Given(Request.Create().WithPath(new WildcardMatcher(Prefix + "*"))).AtPriority(50).RespondWith(Json(400, SignatureMismatch));
    }

    public HttpClient CreateHttpClient() => new() { BaseAddress = new Uri(_server.Url!) };

    public KlikooOpenApiClientOptions ClientOptions(string? clientId = null, string? clientSecret = null, string? privateKey = null) => new()
    {
        ClientId = clientId ?? OpenApiSamples.ClientId,
        ClientSecret = clientSecret ?? OpenApiSamples.ClientSecret,
        PrivateKey = privateKey ?? OpenApiSamples.PrivateKeyPem,
        TimeProvider = _clock,
        TimestampMilliseconds = false,
    };

    // The buy page's sample, as the reference client serializes it (documented order, so vector 3 applies).
    public ProductBuyRequest NewBuy() => new()
    {
        Amount = "1",
        Msidn = "08996647676",
        ProductCode = "DNOPEN",
        SellingPrice = "2",
        Value = "089966476766",
        PartnerReferenceId = "d654219-d9b7-4e1a-8b51-99a5cafb11cb",
    };

    public ValueTask DisposeAsync()
    {
        _server.Stop();
        _server.Dispose();
        return ValueTask.CompletedTask;
    }

    private static IRequestBuilder Signed(string method, string operation, string? signature = null)
    {
        var path = "/v1/open-api/" + operation;
        signature ??= KlikooSignatures.SignRequest(OpenApiSamples.ClientSecret, method, path, OpenApiSamples.Token, [], OpenApiSamples.Timestamp);
        return Request.Create().WithPath("/klikoo-b2b" + path).UsingMethod(method)
            .WithHeader("Authorization", new ExactMatcher("Bearer " + OpenApiSamples.Token))
            .WithHeader("Open-Api-Timestamp", new ExactMatcher(OpenApiSamples.Timestamp))
            .WithHeader("Open-Api-Signature", new ExactMatcher(signature));
    }

    // The transaction-detail page's field table, for the buy sample's purchase.
    private static string Transaction(string status, string sn) =>
        $$"""{"transaction_id":"{{TransactionId}}","status":"{{status}}","partner_reference_id":"d654219-d9b7-4e1a-8b51-99a5cafb11cb","amount":"1","transaction_time":"2024-05-21T04:54:18.788451Z","reason":"","product_id":"","product_name":"DANA 10.000","sn":"{{sn}}","value":"089966476766","customer_name":"DNID DEFX SUSXXXX","current_balance":"2181772","beginning_balance":"2191858","product_code":"DNOPEN"}""";

    private static string Envelope(string code, string message) => $$"""{"response_code":"{{code}}","response_message":"{{message}}","data":null}""";

    private static IResponseBuilder Json(int status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);
}

[TestFixture]
public sealed class DocumentedOpenApiContractTests : OpenApiTransactionContract
{
    protected override IOpenApiServer StartServer() => new DocumentedOpenApiServer();
}
