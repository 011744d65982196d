using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions.Execution;
using Klikoo.Contracts.OpenApi;
using Klikoo.Emulator.Journal;
using Klikoo.Emulator.Testing;

namespace Klikoo.Emulator.Tests.OpenApi;

/// <summary>
/// What the Open API's routes answer around their handlers (docs/open-api.md#on-the-emulator): every other method on a
/// route, a path it does not serve, a body over either size limit in either framing; each with Klikoo's envelope and a
/// documented code. And the signing helpers' answers kept in the journal with the signature shortened.
/// </summary>
public sealed class OpenApiEndpointsTests
{
    private static readonly (string Path, string Method, string Service)[] Routes =
    [
        ("access-token", "POST", "01"), ("auth-signature", "POST", "01"), ("signature", "POST", "01"), ("balance", "GET", "03"),
        ("products", "POST", "04"), ("products/inquiry", "POST", "02"), ("transactions/inquiry-postpaid", "POST", "02"),
        ("products/buy", "POST", "02"), ("transactions/10000001", "GET", "02"), ("transactions", "GET", "02"),
    ];

    private static readonly string[] Methods = ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "PURGE"];

    [Test]
    public async Task EveryOtherMethod_OnEveryRouteUnderBothPrefixes_400ValidationErrorWithAllow()
    {
        await using var factory = new EmulatorFactory();
        using var http = factory.CreateClient();
        using var scope = new AssertionScope();
        foreach (var prefix in new[] { "/klikoo-b2b/v1/open-api/", "/v1/open-api/" })
        {
            foreach (var (path, allowed, service) in Routes)
            {
                // GET transactions/inquiry-postpaid is the detail of a transaction of that id, not another method.
                foreach (var method in Methods.Where(m => m != allowed && !(m == "GET" && path == "transactions/inquiry-postpaid")))
                {
                    using var request = new HttpRequestMessage(new HttpMethod(method), prefix + path);
                    using var response = await http.SendAsync(request);
                    var body = await response.Content.ReadAsStringAsync();
                    var what = $"{method} {prefix}{path}";
                    ((int)response.StatusCode).Should().Be(400, what);
                    response.Content.Headers.Allow.Should().Equal([allowed], what);
                    if (method != "HEAD")
                    {
                        response.Content.Headers.ContentType?.MediaType.Should().Be("application/json", what);
                        body.Should().Be($$"""{"response_code":"400{{service}}6510","response_message":"Validasi Error","data":null}""", what);
                    }
                }
            }
        }

        var wrong = factory.Get<RequestJournal>().Snapshot().First(e => e.Method == "PUT" && e.Path == "/v1/open-api/products/buy");
        wrong.Diagnosis.Should().Be("method PUT is not served on /v1/open-api/products/buy: use POST");
    }

    [Test]
    public void Sources_OfTheOpenApi_TakeServicesAsParametersAndLeaveTheSignatureToItsFilter()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "emulator", "Klikoo.Emulator.Core", "OpenApi");
        var sources = Directory.EnumerateFiles(folder, "*.cs").Select(f => (Name: Path.GetFileName(f), Text: File.ReadAllText(f))).ToList();

        using (new AssertionScope())
        {
            sources.Should().Contain(s => s.Name == "OpenApiSignatureFilter.cs", "one endpoint filter checks every signed call");
            sources.Where(s => s.Text.Contains("GetRequiredService", StringComparison.Ordinal) || s.Text.Contains("GetService<", StringComparison.Ordinal) ||
                               s.Text.Contains("RequestServices", StringComparison.Ordinal))
                .Select(s => s.Name).Should().BeEmpty("handlers take their services as parameters ([AsParameters]), filters through their constructors");
            sources.Where(s => s.Text.Contains("TrySigned", StringComparison.Ordinal) && s.Name is not ("OpenApiRequestCheck.cs" or "OpenApiSignatureFilter.cs"))
                .Select(s => s.Name).Should().BeEmpty("the signature filter checks a signed call before its handler runs");
        }
    }

    [TestCase("GET", "/klikoo-b2b/v1/open-api/nope")]
    [TestCase("POST", "/v1/open-api/account/inquiry")]
    [TestCase("POST", "/v1/open-api/products/buy/again")]
    [TestCase("GET", "/v1/open-api/transactions/1/2")]
    [TestCase("DELETE", "/v1/open-api/")]
    [TestCase("GET", "/klikoo-b2b/v1/open-api/BALANCE/x")]
    public async Task UnknownPath_UnderEitherPrefix_501NotImplementedEnvelope(string method, string path)
    {
        await using var factory = new EmulatorFactory();
        using var http = factory.CreateClient();

        using var response = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        using (new AssertionScope())
        {
            ((int)response.StatusCode).Should().Be(501);
            response.Content.Headers.ContentType?.MediaType.Should().Be("application/json");
            (await response.Content.ReadAsStringAsync()).Should().Be("""{"response_code":"501009976","response_message":"Belum di implementasi","data":null}""");
            factory.Get<RequestJournal>().Snapshot().Single().Diagnosis.Should().StartWith("no Open API route").And.Contain("products/buy");
        }
    }

    [TestCase("access-token", "01", 2 * 1024 * 1024, true)]
    [TestCase("access-token", "01", 2 * 1024 * 1024, false)]
    [TestCase("products/buy", "02", 2 * 1024 * 1024, true)]
    [TestCase("products/buy", "02", 2 * 1024 * 1024, false)]
    [TestCase("products/buy", "02", 100 * 1024, true)]
    [TestCase("products/buy", "02", 100 * 1024, false)]
    [TestCase("balance", "03", 100 * 1024, true)]
    public async Task BodyOverTheLimit_OnRealKestrelInEitherFraming_400ValidationError(string path, string service, int size, bool withLength)
    {
        await using var emulator = await KlikooEmulator.StartAsync();
        using var http = emulator.CreateClient();
        var bytes = Encoding.ASCII.GetBytes("{\"pad\":\"" + new string('x', size) + "\"}");
        using var request = new HttpRequestMessage(path == "balance" ? HttpMethod.Get : HttpMethod.Post, "/v1/open-api/" + path)
        {
            Content = withLength ? new ByteArrayContent(bytes) : new Unsized(bytes),
        };
        request.Content.Headers.ContentType = new("application/json");

        // A sized body waits for the server's go-ahead, as curl does past 1 KiB: Kestrel answers a body over its limit
        // and closes the connection, and a client still writing it would see a broken pipe instead of the answer.
        request.Headers.ExpectContinue = withLength;

        using var response = await http.SendAsync(request);

        using (new AssertionScope())
        {
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await response.Content.ReadAsStringAsync()).Should().Be($$"""{"response_code":"400{{service}}6510","response_message":"Validasi Error","data":null}""");
            var journal = await emulator.Admin.JournalAsync();
            journal.Should().ContainSingle().Which["diagnosis"]!.GetValue<string>().Should().Contain("the body is over").And.Contain("bytes");
        }
    }

    [Test]
    public async Task SigningHelpers_Answered_JournalKeepsTheSignatureShortened()
    {
        await using var factory = new EmulatorFactory();
        using var http = factory.CreateClient();
        var token = (await new KlikooOpenApiClient(http, OpenApiCaller.Options(factory)).RequestAccessTokenAsync()).Data.AccessToken;
        factory.Get<RequestJournal>().Clear();   // only the two helper calls: the token's own entry is checked elsewhere
        var timestamp = KlikooSignatures.FormatTimestamp(factory.Clock.GetUtcNow());
        var auth = await PostAsync(http, "auth-signature", new JsonObject { ["client_id"] = IrsQuery.ClientId, ["timestamp"] = timestamp, ["private_key"] = OpenApiCaller.PrivateKeyPem });
        var digital = await PostAsync(http, "signature", new JsonObject
        {
            ["client_id"] = IrsQuery.ClientId, ["method"] = "GET", ["path"] = "/v1/open-api/balance", ["token"] = token, ["timestamp"] = timestamp,
        });

        // Read as JSON: a signature's '+' or '/' is escaped in the reply's text (\u002B).
        var replies = factory.Get<RequestJournal>().Snapshot().Select(e => JsonNode.Parse(e.Reply)!.ToJsonString(Unescaped)).ToList();

        using (new AssertionScope())
        {
            replies.Should().HaveCount(2);
            foreach (var signature in new[] { auth, digital })
            {
                signature.Length.Should().BeGreaterThan(80);
                replies.Should().NotContain(r => r.Contains(signature, StringComparison.Ordinal), "a signature is a credential for as long as its timestamp is fresh");
                var shortened = $"\"signature\":\"{signature[..8]}…{signature[^6..]}\"";
                replies.Should().Contain(r => r.Contains(shortened, StringComparison.Ordinal));
            }
        }
    }

    private static readonly System.Text.Json.JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static async Task<string> PostAsync(HttpClient http, string path, JsonObject body)
    {
        using var response = await http.PostAsync("/v1/open-api/" + path, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        response.StatusCode.Should().Be(HttpStatusCode.OK, answer.ToJsonString());
        return answer["data"]!["signature"]!.GetValue<string>();
    }

    // A body sent chunked: its length is not known up front.
    private sealed class Unsized(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
