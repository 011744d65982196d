using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using FluentAssertions.Execution;
using Klikoo.Contracts.OpenApi;
using Klikoo.Emulator.Tests.State;
using Microsoft.Extensions.Time.Testing;

namespace Klikoo.Emulator.Tests.OpenApi;

/// <summary>
/// The key that signs access tokens cannot be derived from anything public (docs/open-api.md#the-token-key): random
/// per deployment, shared by replicas through Redis, pinned only by <c>Klikoo:OpenApi:TokenKey</c>.
/// </summary>
public sealed class OpenApiTokenKeyTests
{
    private const string PinnedHex = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

    [Test]
    public async Task Balance_TokenMintedWithTheSeedDerivedKey_401TokenTidakSesuai()
    {
        await using var factory = new EmulatorFactory();
        using var http = factory.CreateClient();
        var seedKey = SHA256.HashData(Encoding.UTF8.GetBytes("klikoo-emulator open-api token key 1"));
        var forged = Mint(IrsQuery.ClientId, factory.Clock.GetUtcNow(), seedKey);

        var (status, body) = await new OpenApiCaller(http, OpenApiCaller.Options(factory), forged).SendAsync(HttpMethod.Get, "balance");

        status.Should().Be(401, body.ToJsonString());
        body["response_code"]!.GetValue<string>().Should().Be("401016500");
    }

    [Test]
    public async Task AccessToken_TwoEmulatorsWithoutAPinnedKey_DifferentTokensNeitherAcceptsTheOthers()
    {
        await using var first = new EmulatorFactory();
        await using var second = new EmulatorFactory();
        using var firstHttp = first.CreateClient();
        using var secondHttp = second.CreateClient();
        var one = await OpenApiCaller.StartAsync(first, firstHttp);
        var other = await TokenAsync(second, secondHttp);

        var (status, _) = await new OpenApiCaller(firstHttp, OpenApiCaller.Options(first), other).SendAsync(HttpMethod.Get, "balance");

        using (new AssertionScope())
        {
            (await TokenAsync(first, firstHttp)).Should().NotBe(other, "the same request on the same clock, but another deployment's key");
            status.Should().Be(401);
            (await one.SendAsync(HttpMethod.Get, "balance")).Status.Should().Be(200);
        }
    }

    [TestCase(PinnedHex)]
    [TestCase("ABEiM0RVZneImaq7zN3u/wARIjNEVWZ3iJmqu8zd7v8=")]
    public async Task AccessToken_PinnedKeyAcrossRestarts_SameTokenBytesAndAccepted(string pinned)
    {
        var settings = new Dictionary<string, string?> { ["Klikoo:OpenApi:TokenKey"] = pinned };
        string before;
        await using (var first = new EmulatorFactory(settings: settings))
        {
            using var http = first.CreateClient();
            before = await TokenAsync(first, http);
        }

        await using var restarted = new EmulatorFactory(settings: settings);
        using var again = restarted.CreateClient();

        using (new AssertionScope())
        {
            (await TokenAsync(restarted, again)).Should().Be(before);
            (await new OpenApiCaller(again, OpenApiCaller.Options(restarted), before).SendAsync(HttpMethod.Get, "balance")).Status.Should().Be(200);
            var unsigned = before[..before.LastIndexOf('.')];
            before[(unsigned.Length + 1)..].Should().Be(
                Base64Url.EncodeToString(HMACSHA256.HashData(Convert.FromHexString(PinnedHex), Encoding.ASCII.GetBytes(unsigned))),
                "the pinned bytes are the HMAC key, whichever way they are written");
        }
    }

    [Test]
    [Category("Replicas")]
    [NonParallelizable]
    public async Task Balance_TokenFromAnotherReplicaOnOneRedisAndAfterBothRestart_Accepted()
    {
        await using var set = await ReplicaSet.OnNewRedisAsync();
        var (a, b) = await set.StartTwoAsync();
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(ReplicaSet.Frozen, System.Globalization.CultureInfo.InvariantCulture));
        var options = new KlikooOpenApiClientOptions { ClientId = IrsQuery.ClientId, ClientSecret = IrsQuery.ClientSecret, PrivateKey = OpenApiCaller.PrivateKeyPem, TimeProvider = clock };
        var token = (await new KlikooOpenApiClient(a.Http, options).RequestAccessTokenAsync()).Data.AccessToken;

        var onB = await new OpenApiCaller(b.Http, options, token).SendAsync(HttpMethod.Get, "balance");
        await a.KillAsync();
        await b.KillAsync();
        await using var c = await set.StartAsync("replica-c");
        var afterRestart = await new OpenApiCaller(c.Http, options, token).SendAsync(HttpMethod.Get, "balance");

        using (new AssertionScope())
        {
            onB.Status.Should().Be(200, onB.Body.ToJsonString());
            afterRestart.Status.Should().Be(200, "Redis keeps the deployment's key: " + afterRestart.Body.ToJsonString());
        }
    }

    private static async Task<string> TokenAsync(EmulatorFactory factory, HttpClient http) =>
        (await new KlikooOpenApiClient(http, OpenApiCaller.Options(factory)).RequestAccessTokenAsync()).Data.AccessToken;

    // A token laid out as the emulator issues it (claims in alphabetical order), signed with the given key.
    internal static string Mint(string clientId, DateTimeOffset now, byte[] key)
    {
        var userId = new Guid(SHA256.HashData(Encoding.UTF8.GetBytes("user " + clientId)).AsSpan(0, 16)).ToString();
        var header = Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8);
        var claims = $$"""{"client_id":"{{clientId}}","exp":{{now.ToUnixTimeSeconds() + 900}},"timestamp":"2024-11-12T12:32:55.000+07:00","user_id":"{{userId}}"}""";
        var unsigned = header + "." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(claims));
        return unsigned + "." + Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(unsigned)));
    }
}
