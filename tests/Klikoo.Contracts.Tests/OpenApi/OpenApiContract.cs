using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using FluentAssertions.Execution;
using Klikoo.Contracts.OpenApi;

namespace Klikoo.Contracts.Tests.OpenApi;

/// <summary>
/// One set of assertions about Klikoo's Open API (docs/open-api.md), run by the reference client against every
/// server kind: envelope, HTTP status, nine-digit codes and Indonesian messages verbatim. This part: tokens,
/// signatures, balance; <see cref="OpenApiTransactionContract"/> adds buy, detail and history.
/// </summary>
public abstract class OpenApiContract
{
    protected abstract IOpenApiServer StartServer();

    [Test]
    public async Task RequestAccessToken_RegisteredKey_SuksesBearer900()
    {
        await using var server = StartServer();
        using var http = server.CreateHttpClient();

        var token = await new KlikooOpenApiClient(http, server.ClientOptions()).RequestAccessTokenAsync();

        using (new AssertionScope())
        {
            token.StatusCode.Should().Be(HttpStatusCode.OK);
            token.ResponseCode.Should().Be("200012000");
            token.ResponseMessage.Should().Be("Sukses");
            token.Data.TokenType.Should().Be("Bearer");
            token.Data.ExpiresIn.Should().Be(900);
            token.Data.AccessToken.Split('.').Should().HaveCount(3, "the token is a JWT");
        }
    }

    [Test]
    public async Task GetBalance_SignedCall_SuksesWithTheDeposit()
    {
        await using var server = StartServer();
        using var http = server.CreateHttpClient();

        var balance = await new KlikooOpenApiClient(http, server.ClientOptions()).GetBalanceAsync();

        balance.Should().BeEquivalentTo(new { StatusCode = HttpStatusCode.OK, ResponseCode = "200032000", ResponseMessage = "Sukses" });
        balance.Data.Balance.Should().BePositive();
    }

    [Test]
    public async Task RequestAccessToken_WrongSecret_401KredensialTidakSesuai()
    {
        await using var server = StartServer();
        using var http = server.CreateHttpClient();

        var call = () => new KlikooOpenApiClient(http, server.ClientOptions(clientSecret: "00000000000000000000000000000000")).RequestAccessTokenAsync();

        (await call.Should().ThrowAsync<KlikooOpenApiException>()).Which.Should().BeEquivalentTo(new
        {
            StatusCode = HttpStatusCode.Unauthorized,
            ResponseCode = "401016570",
            ResponseMessage = "Kredensial tidak sesuai",
        });
    }

    [Test]
    public async Task RequestAccessToken_UnknownClient_401KredensialTidakSesuai()
    {
        await using var server = StartServer();
        using var http = server.CreateHttpClient();

        var call = () => new KlikooOpenApiClient(http, server.ClientOptions(clientId: "00000000-0000-4000-8000-000000000000")).RequestAccessTokenAsync();

        (await call.Should().ThrowAsync<KlikooOpenApiException>()).Which.ResponseCode.Should().Be("401016570");
    }

    [Test]
    public async Task RequestAccessToken_KeyNotRegistered_400SignatureTidakSesuai()
    {
        await using var server = StartServer();
        using var http = server.CreateHttpClient();
        using var other = RSA.Create(2048);

        var call = () => new KlikooOpenApiClient(http, server.ClientOptions(privateKey: other.ExportPkcs8PrivateKeyPem())).RequestAccessTokenAsync();

        (await call.Should().ThrowAsync<KlikooOpenApiException>()).Which.Should().BeEquivalentTo(new
        {
            StatusCode = HttpStatusCode.BadRequest,
            ResponseCode = "400016508",
            ResponseMessage = "Signature tidak sesuai",
        });
    }

    [Test]
    public async Task GetBalance_SignedWithAnotherSecret_400SignatureTidakSesuai()
    {
        await using var server = StartServer();
        using var http = server.CreateHttpClient();
        var options = server.ClientOptions();
        var token = (await new KlikooOpenApiClient(http, options).RequestAccessTokenAsync()).Data.AccessToken;
        var timestamp = KlikooSignatures.FormatTimestamp(options.TimeProvider.GetUtcNow(), options.TimestampMilliseconds);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/klikoo-b2b/v1/open-api/balance");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("Open-Api-Timestamp", timestamp);
        request.Headers.Add("Open-Api-Signature", KlikooSignatures.SignRequest("ffffffffffffffffffffffffffffffff", "GET", "/v1/open-api/balance", token, [], timestamp));

        using var response = await http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Be("""{"response_code":"400016508","response_message":"Signature tidak sesuai","data":null}""");
    }
}

/// <summary>The transaction part of the contract: buy, detail, history, a repeated reference, an unknown id.</summary>
public abstract class OpenApiTransactionContract : OpenApiContract
{
    [Test]
    public async Task Buy_NewReference_CreatedAndVisibleInDetailAndHistory()
    {
        await using var server = StartServer();
        using var http = server.CreateHttpClient();
        var client = new KlikooOpenApiClient(http, server.ClientOptions());
        var request = server.NewBuy();

        var bought = await client.BuyAsync(request);
        var detail = await client.GetTransactionAsync(bought.Data.TransactionId);
        var history = await client.GetTransactionsAsync(new TransactionHistoryQuery { Page = 1, Limit = 50 });

        using (new AssertionScope())
        {
            bought.StatusCode.Should().Be(HttpStatusCode.Created);
            bought.ResponseCode.Should().Be("201022001");
            bought.ResponseMessage.Should().Be("Berhasil dibuat");
            bought.Data.TransactionId.Should().NotBeNullOrEmpty();
            bought.Data.PartnerReferenceId.Should().Be(request.PartnerReferenceId);
            bought.Data.ProductCode.Should().Be(request.ProductCode);
            bought.Data.Status.Should().BeOneOf("PENDING", "SUCCESS", "FAILED");
            detail.StatusCode.Should().Be(HttpStatusCode.OK);
            detail.ResponseCode.Should().Be("200022000");
            detail.ResponseMessage.Should().Be("Sukses");
            detail.Data.TransactionId.Should().Be(bought.Data.TransactionId);
            detail.Data.PartnerReferenceId.Should().Be(request.PartnerReferenceId);
            detail.Data.TransactionTime.Should().MatchRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$");
            history.ResponseCode.Should().Be("200022000");
            history.Meta.CurrentPage.Should().Be(1);
            history.Meta.PerPage.Should().Be(50);
            history.Items.Should().Contain(i => i.TransactionId == bought.Data.TransactionId && i.PartnerReferenceId == request.PartnerReferenceId);
        }
    }

    [Test]
    public async Task Buy_SameReferenceTwice_409ReferenceNoSudahDigunakan()
    {
        await using var server = StartServer();
        using var http = server.CreateHttpClient();
        var client = new KlikooOpenApiClient(http, server.ClientOptions());
        var request = server.NewBuy();
        await client.BuyAsync(request);

        var again = () => client.BuyAsync(request);

        var failure = (await again.Should().ThrowAsync<KlikooOpenApiException>()).Which;
        failure.Should().BeEquivalentTo(new
        {
            StatusCode = HttpStatusCode.Conflict,
            ResponseCode = "409026563",
            ResponseMessage = "ReferenceNo sudah digunakan, silahkan gunakan reference_no yang lain",
        });
    }

    [Test]
    public async Task GetTransaction_UnknownId_404TransaksiTidakDitemukan()
    {
        await using var server = StartServer();
        using var http = server.CreateHttpClient();

        var call = () => new KlikooOpenApiClient(http, server.ClientOptions()).GetTransactionAsync("99999999");

        (await call.Should().ThrowAsync<KlikooOpenApiException>()).Which.Should().BeEquivalentTo(new
        {
            StatusCode = HttpStatusCode.NotFound,
            ResponseCode = "404027005",
            ResponseMessage = "Transaksi tidak ditemukan",
        });
    }
}
