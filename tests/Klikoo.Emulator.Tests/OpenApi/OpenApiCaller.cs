using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Klikoo.Contracts.OpenApi;

namespace Klikoo.Emulator.Tests.OpenApi;

/// <summary>
/// Signed Open API calls with raw bodies, for tests that look at status and JSON as sent: a token is fetched once
/// through the reference client, every call is signed as Klikoo documents, on the emulator's clock.
/// </summary>
internal sealed class OpenApiCaller(HttpClient http, KlikooOpenApiClientOptions options, string token)
{
    public const string Prefix = "/klikoo-b2b/v1/open-api/";

    public static string PrivateKeyPem => File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, "keys", "sample-client.TEST-ONLY.private.pem"));

    /// <summary>base64 of the sample public key PEM, as a clients file registers it.</summary>
    public static string PublicKey => Convert.ToBase64String(File.ReadAllBytes(Path.Combine(RepositoryPaths.Fixtures, "keys", "sample-client.public.pem")));

    public static KlikooOpenApiClientOptions Options(EmulatorFactory factory, string clientId = IrsQuery.ClientId, string secret = IrsQuery.ClientSecret) =>
        new() { ClientId = clientId, ClientSecret = secret, PrivateKey = PrivateKeyPem, TimeProvider = factory.Clock };

    public static async Task<OpenApiCaller> StartAsync(EmulatorFactory factory, HttpClient http, string clientId = IrsQuery.ClientId, string secret = IrsQuery.ClientSecret)
    {
        var options = Options(factory, clientId, secret);
        var token = await new KlikooOpenApiClient(http, options).RequestAccessTokenAsync();
        return new(http, options, token.Data.AccessToken);
    }

    public KlikooOpenApiClient Client => new(http, options);

    /// <summary>The access token every call carries.</summary>
    public string Token => token;

    /// <summary>A signed call to <paramref name="operation"/> under <paramref name="prefix"/>; either prefix is signed as <c>/v1/open-api/...</c>.</summary>
    public async Task<(int Status, JsonNode Body)> SendAsync(HttpMethod method, string operation, string? body = null, string? query = null, string prefix = Prefix)
    {
        var bytes = body is null ? [] : Encoding.UTF8.GetBytes(body);
        var timestamp = KlikooSignatures.FormatTimestamp(options.TimeProvider.GetUtcNow());
        using var request = new HttpRequestMessage(method, prefix + operation + (query is null ? "" : "?" + query));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("Open-Api-Timestamp", timestamp);
        request.Headers.Add("Open-Api-Signature", KlikooSignatures.SignRequest(options.ClientSecret, method.Method, "/v1/open-api/" + operation, token, bytes, timestamp));
        if (body is not null)
        {
            request.Content = new ByteArrayContent(bytes);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/json", text);
        return ((int)response.StatusCode, JsonNode.Parse(text)!);
    }

    public Task<(int Status, JsonNode Body)> BuyAsync(string productCode, string value, string reference, string amount = "", string sellingPrice = "") =>
        SendAsync(HttpMethod.Post, "products/buy", new JsonObject
        {
            ["amount"] = amount, ["msidn"] = value, ["product_code"] = productCode, ["selling_price"] = sellingPrice, ["value"] = value,
            ["partner_reference_id"] = reference,
        }.ToJsonString());
}
