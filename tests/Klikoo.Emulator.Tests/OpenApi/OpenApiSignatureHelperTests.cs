using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FluentAssertions.Execution;
using Klikoo.Contracts.OpenApi;
using Klikoo.Emulator.Journal;

namespace Klikoo.Emulator.Tests.OpenApi;

/// <summary>
/// The test helper <c>POST signature</c> signs with a client's registered secret, so it signs only for the client
/// of a valid token this emulator issued (docs/open-api.md#on-the-emulator): never for a client named alone.
/// </summary>
public sealed class OpenApiSignatureHelperTests
{
    private const string Other = "5d0a1c52-7f0e-4b8e-9c71-3a2f1e0d9b64";
    private const string OtherSecret = "qwertyuiopasdfghjklzxcvbnm123456";

    [Test]
    public async Task Signature_TheClientsOwnToken_SignsAsTheReferenceClientAndTheCallIsAccepted()
    {
        await using var factory = new EmulatorFactory();
        using var http = factory.CreateClient();
        var token = (await new KlikooOpenApiClient(http, OpenApiCaller.Options(factory)).RequestAccessTokenAsync()).Data.AccessToken;
        var timestamp = KlikooSignatures.FormatTimestamp(factory.Clock.GetUtcNow());

        var (status, body) = await HelperAsync(http, IrsQuery.ClientId, token, timestamp);

        using (new AssertionScope())
        {
            status.Should().Be(200, body.ToJsonString());
            body["data"]!["signature"]!.GetValue<string>().Should().Be(KlikooSignatures.SignRequest(IrsQuery.ClientSecret, "GET", "/v1/open-api/balance", token, [], timestamp));
        }
    }

    [TestCase("not-a-token")]
    [TestCase("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.e30.AAAA")]
    public async Task Signature_NoValidToken_401TokenTidakSesuaiAndNothingSigned(string token)
    {
        await using var factory = new EmulatorFactory();
        using var http = factory.CreateClient();

        var (status, body) = await HelperAsync(http, IrsQuery.ClientId, token, KlikooSignatures.FormatTimestamp(factory.Clock.GetUtcNow()));

        using (new AssertionScope())
        {
            status.Should().Be(401, body.ToJsonString());
            body.ToJsonString().Should().Be("""{"response_code":"401016500","response_message":"Token tidak sesuai","data":null}""");
        }
    }

    [Test]
    public async Task Signature_TokenMintedWithTheSeedDerivedKey_401TokenTidakSesuai()
    {
        await using var factory = new EmulatorFactory();
        using var http = factory.CreateClient();
        var seedKey = System.Security.Cryptography.SHA256.HashData("klikoo-emulator open-api token key 1"u8);
        var forged = OpenApiTokenKeyTests.Mint(IrsQuery.ClientId, factory.Clock.GetUtcNow(), seedKey);

        var (status, body) = await HelperAsync(http, IrsQuery.ClientId, forged, KlikooSignatures.FormatTimestamp(factory.Clock.GetUtcNow()));

        status.Should().Be(401, body.ToJsonString());
        body["response_code"]!.GetValue<string>().Should().Be("401016500");
    }

    [Test]
    public async Task Signature_AnotherClientsToken_401TokenTidakSesuaiAndTheJournalSaysWhose()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus(("other-clients.yaml", $"""
            clients:
              - id: {Other}
                secret: {OtherSecret}
                pin: "1111"
                balance: 1000000
                publicKey: {OpenApiCaller.PublicKey}
            """));
        await using var factory = EmulatorFactory.On(fixtures);
        using var http = factory.CreateClient();
        var otherToken = (await new KlikooOpenApiClient(http, OpenApiCaller.Options(factory, Other, OtherSecret)).RequestAccessTokenAsync()).Data.AccessToken;

        var (status, body) = await HelperAsync(http, IrsQuery.ClientId, otherToken, KlikooSignatures.FormatTimestamp(factory.Clock.GetUtcNow()));

        using (new AssertionScope())
        {
            status.Should().Be(401, body.ToJsonString());
            body["response_code"]!.GetValue<string>().Should().Be("401016500");
            body["data"].Should().BeNull("no signature with the sample account's secret");
            factory.Get<RequestJournal>().Snapshot()[0].Diagnosis.Should().Contain("the token is " + Other + "'s, not " + IrsQuery.ClientId + "'s");
        }
    }

    [Test]
    public async Task Signature_ExpiredToken_401TokenKadaluarsa()
    {
        await using var factory = new EmulatorFactory();
        using var http = factory.CreateClient();
        var token = (await new KlikooOpenApiClient(http, OpenApiCaller.Options(factory)).RequestAccessTokenAsync()).Data.AccessToken;
        factory.Clock.Advance(TimeSpan.FromSeconds(901));

        var (status, body) = await HelperAsync(http, IrsQuery.ClientId, token, KlikooSignatures.FormatTimestamp(factory.Clock.GetUtcNow()));

        status.Should().Be(401, body.ToJsonString());
        body["response_code"]!.GetValue<string>().Should().Be("401016535");
    }

    private static async Task<(int Status, JsonNode Body)> HelperAsync(HttpClient http, string clientId, string token, string timestamp)
    {
        using var response = await http.PostAsJsonAsync(OpenApiCaller.Prefix + "signature",
            new { client_id = clientId, method = "GET", path = "/v1/open-api/balance", token, timestamp });
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}
