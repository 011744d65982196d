using System.Buffers.Text;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions.Execution;
using Klikoo.Emulator.Journal;
using Klikoo.Emulator.OpenApi;

namespace Klikoo.Emulator.Tests.OpenApi;

/// <summary>
/// A bearer token whose MAC is the emulator's own but whose claims it never issues (a number where a string belongs,
/// an <c>exp</c> past year 9999, no <c>client_id</c>, a payload that is not JSON) is refused as any token not ours:
/// 401 <c>401016500 Token tidak sesuai</c>, the journal naming the claim; never a 500. Generated payloads are sealed
/// with the running emulator's key, so only the claims are wrong.
/// </summary>
public sealed class OpenApiTokenClaimTests
{
    private const int Seed = 1_2024;
    private static readonly DateTimeOffset Now = new(2024, 11, 12, 5, 32, 55, TimeSpan.Zero);

    private static readonly string[] Claims = ["client_id", "exp", "timestamp", "user_id"];

    [TestCase("""{"client_id":"c17229eb-3d2b-4576-8f5d-c2e716da764b","exp":1e17,"timestamp":"t","user_id":"u"}""", "exp")]
    [TestCase("""{"client_id":"c17229eb-3d2b-4576-8f5d-c2e716da764b","exp":100000000000000000,"timestamp":"t","user_id":"u"}""", "exp")]
    [TestCase("""{"client_id":"c17229eb-3d2b-4576-8f5d-c2e716da764b","exp":"1731400000","timestamp":"t","user_id":"u"}""", "exp")]
    [TestCase("""{"exp":1731400000,"timestamp":"t","user_id":"u"}""", "client_id")]
    [TestCase("""{"client_id":42,"exp":1731400000,"timestamp":"t","user_id":"u"}""", "client_id")]
    [TestCase("""[1,2,3]""", "JSON object")]
    [TestCase("""not json at all""", "JSON")]
    public async Task Balance_SealedTokenWithClaimsNeverIssued_401TokenInvalidNamingTheClaim(string payload, string named)
    {
        await using var factory = new EmulatorFactory();
        using var http = factory.CreateClient();
        var token = factory.Get<OpenApiTokens>().Seal(Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload)));

        var (status, body) = await BalanceAsync(http, token);

        using (new AssertionScope())
        {
            status.Should().Be(401);
            body.Should().Be("""{"response_code":"401016500","response_message":"Token tidak sesuai","data":null}""");
            factory.Get<RequestJournal>().Snapshot().Single().Diagnosis.Should().Contain(named);
        }
    }

    [Test]
    public async Task Balance_SealedPayloadThatIsNotBase64Url_401TokenInvalid()
    {
        await using var factory = new EmulatorFactory();
        using var http = factory.CreateClient();

        var (status, body) = await BalanceAsync(http, factory.Get<OpenApiTokens>().Seal("a!b"));

        status.Should().Be(401);
        body.Should().Contain("401016500");
    }

    [Test]
    public async Task Check_ThousandsOfGeneratedClaimSets_NeverThrowsAndRefusesEveryShapeNotIssued()
    {
        await using var factory = new EmulatorFactory();
        var tokens = factory.Get<OpenApiTokens>();
        var random = new Random(Seed);
        for (var i = 0; i < 5000; i++)
        {
            var (payload, issuable) = Generate(random);
            TokenCheck check = null!;
            var act = () => check = tokens.Check(tokens.Seal(payload), Now);

            act.Should().NotThrow($"case {i}: payload {Describe(payload)}");
            if (!issuable)
            {
                check.Problem.Should().NotBeNull($"case {i}: {Describe(payload)} is not a token the emulator issues");
                check.Expired.Should().BeFalse($"case {i}: a claim of the wrong shape is not an expiry");
            }
        }
    }

    [Test]
    public async Task Balance_HundredsOfGeneratedClaimSets_AlwaysAKlikooEnvelopeNever500()
    {
        await using var factory = new EmulatorFactory();
        using var http = factory.CreateClient();
        var tokens = factory.Get<OpenApiTokens>();
        var random = new Random(Seed + 1);
        for (var i = 0; i < 400; i++)
        {
            var (payload, issuable) = Generate(random);

            var (status, body) = await BalanceAsync(http, tokens.Seal(payload));

            var envelope = JsonNode.Parse(body)!;
            var code = envelope["response_code"]!.GetValue<string>();
            code.Should().MatchRegex("^(401016500|401016535|400016505|400016508|400016512)$", $"case {i}: {Describe(payload)} -> {status} {body}");
            if (!issuable)
            {
                code.Should().Be("401016500", $"case {i}: {Describe(payload)}");
            }
        }
    }

    private static async Task<(int Status, string Body)> BalanceAsync(HttpClient http, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, OpenApiCaller.Prefix + "balance");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    // A payload and whether its claims have the shapes the emulator issues (client_id a non-empty string, exp an
    // integer within DateTimeOffset's range, timestamp and user_id strings).
    private static (string Payload, bool Issuable) Generate(Random random)
    {
        switch (random.Next(10))
        {
            case 0:
                var bytes = new byte[random.Next(0, 40)];
                random.NextBytes(bytes);
                return (Base64Url.EncodeToString(bytes), false);
            case 1:
                return (Pick(random, ["", "a", "ab!c", "....", "eyJ", "%%%%", "e30", "bnVsbA", "W10", "IiI"]), false);
        }

        var json = new JsonObject();
        var issuable = true;
        foreach (var claim in Claims)
        {
            var (value, fits) = Value(random, claim);
            if (value is Missing)
            {
                issuable = false;
                continue;
            }

            issuable &= fits;
            json[claim] = value is JsonNode node ? node : null;
        }

        if (random.Next(8) == 0)
        {
            json["extra"] = random.Next();
        }

        return (Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString())), issuable);
    }

    private static (object? Value, bool Fits) Value(Random random, string claim)
    {
        var isExp = claim == "exp";
        switch (random.Next(12))
        {
            case 0: return (Missing.Instance, false);
            case 1: return (null, false);
            case 2: return (JsonValue.Create(random.Next(2) == 0), false);
            case 3: return (new JsonArray(1, "a"), false);
            case 4: return (new JsonObject { ["x"] = 1 }, false);
            case 5: return (JsonValue.Create(random.Next()), isExp);
            case 6: return (JsonNode.Parse(Pick(random, ["1e17", "-1e30", "1.5", "9223372036854775808", "253402300800", "-62135596801", "0.0"])), false);
            case 7:
                var text = Pick(random, ["", "1731400000", "c17229eb-3d2b-4576-8f5d-c2e716da764b", "\u0000", "é"]);
                return (JsonValue.Create(text), !isExp && !(claim == "client_id" && text.Length == 0));
            default:
                return isExp
                    ? (JsonValue.Create(Now.ToUnixTimeSeconds() + random.Next(-2000, 2000)), true)
                    : (JsonValue.Create(claim == "client_id" ? "c17229eb-3d2b-4576-8f5d-c2e716da764b" : "x"), true);
        }
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static string Describe(string payload)
    {
        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(payload));
        }
        catch (FormatException)
        {
            return "'" + payload + "' (not base64url)";
        }
    }

    private sealed class Missing
    {
        public static readonly Missing Instance = new();
    }
}
