using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions.Execution;
using Klikoo.Contracts.Lines;
using Klikoo.Contracts.OpenApi;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using Klikoo.Emulator.Orders;

namespace Klikoo.Emulator.Tests.OpenApi;

/// <summary>
/// The Open API end to end against the real emulator process, with an RSA key pair made at test time by the openssl
/// commands of docs/open-api.md#keys and its public key registered in a temporary clients file: token, signed balance,
/// buy, detail, the JSON callback at a WireMock.Net receiver, the balance after, the string interface's re-check; and
/// each refusal's documented code and message, with the journal naming the cause and holding no secret, key or token.
/// </summary>
[NonParallelizable]
public sealed class OpenApiProcessTests
{
    private const string Id = "e2e-open-api-client";
    private const string Secret = "e2eSecret0123456789abcdefghijklm";
    private const string Pin = "4242";
    private const long Deposit = 5_000_000;
    private static readonly DateTimeOffset T0 = new(2024, 11, 12, 12, 0, 0, TimeSpan.FromHours(7));

    private string _keys = null!;
    private string _privateKey = null!;
    private string _otherPrivateKey = null!;
    private WireMockServer _receiver = null!;
    private TemporaryFixtures _fixtures = null!;
    private EmulatorProcess _emulator = null!;
    private HttpClient _http = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _keys = Directory.CreateTempSubdirectory("klikoo-open-api-keys-").FullName;
        _privateKey = await MakeKeyPairAsync(Path.Combine(_keys, "partner"));
        _otherPrivateKey = await MakeKeyPairAsync(Path.Combine(_keys, "other"));
        var registered = (await File.ReadAllTextAsync(Path.Combine(_keys, "partner", "public.base64"))).Trim();
        registered.Should().StartWith("LS0tLS1CRUdJTiBQVUJMSUMg", "base64 of the whole PEM text, as docs/open-api.md#keys says");

        _receiver = WireMockServer.Start();
        _receiver.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithStatusCode(200));
        _fixtures = TemporaryFixtures.ShippedPlus(("e2e-clients.yaml", $"""
            clients:
              - id: {Id}
                secret: {Secret}
                pin: "{Pin}"
                balance: {Deposit}
                openApiCallback: "{_receiver.Url}/open-api-callback"
                publicKey: {registered}
            """));
        _emulator = await EmulatorProcess.StartAsync([$"--Klikoo:Fixtures={_fixtures.Path}", $"--Klikoo:Clock:Fixed={T0:O}"]);
        _http = new HttpClient { BaseAddress = _emulator.BaseAddress };
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _http?.Dispose();
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }

        _fixtures?.Dispose();
        _receiver?.Stop();
        _receiver?.Dispose();
        Directory.Delete(_keys, recursive: true);
    }

    [Test, Order(1)]
    public async Task SignedPurchase_EndToEnd_BalanceDetailCallbackAndTheStringInterfaceAgree()
    {
        var (api, token) = await StartAsync();

        var (_, before) = await api.SendAsync(HttpMethod.Get, "balance");
        var (buyStatus, bought) = await api.BuyAsync("OVO20", "081234567001", "e2e-buy-1", amount: "20100", sellingPrice: "21000");
        var transactionId = bought["data"]!["transaction_id"]!.GetValue<string>();
        var (detailStatus, detail) = await api.SendAsync(HttpMethod.Get, "transactions/" + transactionId);
        await Eventually.TrueAsync(() => _receiver.LogEntries.Any(e => e.RequestMessage!.Path == "/open-api-callback"), "the JSON callback to arrive");
        var (_, after) = await api.SendAsync(HttpMethod.Get, "balance");
        var recheck = RLine.Parse(await _http.GetStringAsync(
            $"/v1/irs/buy?{IrsQuery.Buy("OVO20", "081234567001", "e2e-buy-1").As(Id, Secret, Pin)}"));

        var callback = _receiver.LogEntries.Single(e => e.RequestMessage!.Path == "/open-api-callback").RequestMessage!;
        var sent = JsonNode.Parse(callback.Body!)!.AsObject();
        using (new AssertionScope())
        {
            token.Should().MatchRegex(@"^[\w-]+\.[\w-]+\.[\w-]+$", "an HS256 JWT");
            before["response_code"]!.GetValue<string>().Should().Be("200032000");
            before["data"]!["balance"]!.GetValue<long>().Should().Be(Deposit);

            buyStatus.Should().Be(201);
            bought["response_code"]!.GetValue<string>().Should().Be("201022001");
            bought["response_message"]!.GetValue<string>().Should().Be("Berhasil dibuat");

            detailStatus.Should().Be(200);
            detail["response_code"]!.GetValue<string>().Should().Be("200022000");
            detail["response_message"]!.GetValue<string>().Should().Be("Sukses");
            detail["data"]!["partner_reference_id"]!.GetValue<string>().Should().Be("e2e-buy-1");
            detail["data"]!["status"]!.GetValue<string>().Should().Be("SUCCESS");

            callback.Method.Should().Be("POST");
            callback.Headers!["Content-Type"].Single().Should().StartWith("application/json");
            sent.Select(p => p.Key).Should().Equal(
                "response_code", "response_message", "partner_reference_id", "transaction_id", "amount", "transaction_time", "transaction_status",
                "reason", "product_name", "sn", "value", "customer_name", "current_balance", "beginning_balance", "product_code");
            sent["response_code"]!.GetValue<string>().Should().Be("200022000");
            sent["transaction_id"]!.GetValue<string>().Should().Be(transactionId);
            sent["partner_reference_id"]!.GetValue<string>().Should().Be("e2e-buy-1");
            sent["transaction_status"]!.GetValue<string>().Should().Be("SUCCESS");
            sent["amount"]!.GetValue<string>().Should().Be("20100");
            sent["beginning_balance"]!.GetValue<long>().Should().Be(Deposit);
            sent["current_balance"]!.GetValue<long>().Should().Be(Deposit - 20_100);

            after["data"]!["balance"]!.GetValue<long>().Should().Be(Deposit - 20_100, "reduced by the amount charged");

            var line = recheck.Should().BeOfType<SuccessLine>().Subject;
            line.TransactionId.Should().Be(transactionId);
            line.SerialNumber.Should().Be(detail["data"]!["sn"]!.GetValue<string>());
            line.Balance.After.Should().Be(Deposit - 20_100);
        }
    }

    [Test, Order(2)]
    public async Task Refusals_EachCause_DocumentedCodeAndTheJournalNamesItWithoutSecrets()
    {
        var (api, token) = await StartAsync();
        var now = await EmulatorNowAsync();

        var wrongSignature = await SignedAsync(token, Secret + "x", KlikooSignatures.FormatTimestamp(now));
        var wrongTimestamp = await SignedAsync(token, Secret, KlikooSignatures.FormatTimestamp(now.AddMinutes(10)));
        var unknownClient = await AccessTokenAsync("no-such-client", Secret, _privateKey, now);
        var badKey = await AccessTokenAsync(Id, Secret, _otherPrivateKey, now);

        using (await _http.PostAsJsonAsync("/__admin/clock/advance", new { seconds = 901 }))
        {
        }

        var later = await EmulatorNowAsync();
        var expired = await SignedAsync(token, Secret, KlikooSignatures.FormatTimestamp(later));
        var journal = await _http.GetStringAsync("/__admin/journal?limit=1000");

        using (new AssertionScope())
        {
            later.Should().Be(now.AddSeconds(901));
            Envelope(wrongSignature).Should().Be((400, "400016508", "Signature tidak sesuai"));
            Envelope(wrongTimestamp).Should().Be((400, "400016505", "Waktu tidak sesuai"));
            Envelope(unknownClient).Should().Be((401, "401016570", "Kredensial tidak sesuai"));
            Envelope(badKey).Should().Be((400, "400016508", "Signature tidak sesuai"));
            Envelope(expired).Should().Be((401, "401016535", "Token kadaluarsa"));

            journal.Should().Contain("digital signature did not match", "the wrong signature's cause");
            journal.Should().Contain("from the emulator clock", "the wrong timestamp's cause");
            journal.Should().Contain("client_id is not in clients.yaml", "the unknown client's cause");
            journal.Should().Contain("auth signature did not verify with the registered publicKey", "the bad key's cause");
            journal.Should().Contain("the token expired at", "the expired token's cause");

            journal.Should().NotContain(Secret, "the client secret never reaches the journal");
            journal.Should().NotContain(token, "a whole token never reaches the journal");
            journal.Should().NotContain(token.Split('.')[2], "not even the token's signature part");
            foreach (var key in new[] { _privateKey, _otherPrivateKey })
            {
                var body = key.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("-----", StringComparison.Ordinal)).ToList();
                body.Should().NotBeEmpty();
                body.Should().OnlyContain(l => !journal.Contains(l, StringComparison.Ordinal), "no line of a private key reaches the journal");
            }
        }

        _emulator.Output.Should().NotContain(Secret).And.NotContain(token).And.NotContain(_privateKey.Split('\n')[1], "nor the log");
    }

    private static (int, string, string) Envelope((int Status, JsonNode Body) answer) =>
        (answer.Status, answer.Body["response_code"]!.GetValue<string>(), answer.Body["response_message"]!.GetValue<string>());

    // The documented openssl commands, verbatim, in a folder of their own.
    private static async Task<string> MakeKeyPairAsync(string folder)
    {
        Directory.CreateDirectory(folder);
        const string Commands = """
            set -e
            openssl genrsa -out private.pem 2048 2>/dev/null
            openssl pkcs8 -topk8 -inform PEM -in private.pem -outform PEM -nocrypt > private_pkcs8.pem
            openssl rsa -in private_pkcs8.pem -outform PEM -pubout -out public.pem 2>/dev/null
            base64 -w0 public.pem > public.base64
            """;
        var info = new ProcessStartInfo("bash") { WorkingDirectory = folder, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(Commands);
        using var process = Process.Start(info)!;
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.Should().Be(0, errors);
        var pem = await File.ReadAllTextAsync(Path.Combine(folder, "private_pkcs8.pem"));
        pem.Should().StartWith("-----BEGIN PRIVATE KEY-----", "PKCS#8, as Klikoo asks");
        return pem;
    }

    private async Task<DateTimeOffset> EmulatorNowAsync() =>
        (await _http.GetFromJsonAsync<JsonObject>("/__admin/clock"))!["now"]!.GetValue<DateTimeOffset>();

    private async Task<(OpenApiCaller Api, string Token)> StartAsync()
    {
        var clock = new FakeTimeProvider(await EmulatorNowAsync());
        var options = new KlikooOpenApiClientOptions { ClientId = Id, ClientSecret = Secret, PrivateKey = _privateKey, TimeProvider = clock };
        var token = (await new KlikooOpenApiClient(_http, options).RequestAccessTokenAsync()).Data.AccessToken;
        return (new OpenApiCaller(_http, options, token), token);
    }

    private async Task<(int Status, JsonNode Body)> SignedAsync(string token, string secret, string timestamp)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, OpenApiCaller.Prefix + "balance");
        request.Headers.Authorization = new("Bearer", token);
        request.Headers.Add("Open-Api-Timestamp", timestamp);
        request.Headers.Add("Open-Api-Signature", KlikooSignatures.SignRequest(secret, "GET", "/v1/open-api/balance", token, [], timestamp));
        return await SendAsync(request);
    }

    private async Task<(int Status, JsonNode Body)> AccessTokenAsync(string clientId, string secret, string privateKey, DateTimeOffset now)
    {
        var timestamp = KlikooSignatures.FormatTimestamp(now);
        using var key = KlikooRsaKeys.ImportPrivateKey(privateKey);
        using var request = new HttpRequestMessage(HttpMethod.Post, OpenApiCaller.Prefix + "access-token")
        {
            Content = new StringContent(
                $$$"""{"grant_type":"client_credentials","additional_info":{"client_id":"{{{clientId}}}","client_secret":"{{{secret}}}"}}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Open-Api-Timestamp", timestamp);
        request.Headers.Add("Open-Api-Signature", KlikooSignatures.CreateAuthSignature(clientId, timestamp, key));
        return await SendAsync(request);
    }

    private async Task<(int Status, JsonNode Body)> SendAsync(HttpRequestMessage request)
    {
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/json", text);
        return ((int)response.StatusCode, JsonNode.Parse(text)!);
    }
}
