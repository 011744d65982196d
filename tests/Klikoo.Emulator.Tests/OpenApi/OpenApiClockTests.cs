using System.Net.Http.Json;
using Klikoo.Contracts.OpenApi;
using Klikoo.Emulator.Clock;

namespace Klikoo.Emulator.Tests.OpenApi;

/// <summary>The Open API runs on the emulator's clock: a time set or advanced through <c>/__admin/clock</c> moves its tokens and timestamps too.</summary>
public sealed class OpenApiClockTests
{
    [Test]
    public async Task Balance_ClockAdvancedPastTheTokenLifetimeThroughTheAdminApi_TokenExpired()
    {
        await using var factory = new EmulatorFactory();
        using var http = factory.CreateClient();
        var options = Options(factory);
        var token = (await new KlikooOpenApiClient(http, options).RequestAccessTokenAsync()).Data.AccessToken;
        var api = new OpenApiCaller(http, options, token);

        using (await http.PostAsJsonAsync("/__admin/clock/advance", new { seconds = 901 }))
        {
        }

        var (status, body) = await api.SendAsync(HttpMethod.Get, "balance");

        status.Should().Be(401, body.ToJsonString());
        body["response_code"]!.GetValue<string>().Should().Be("401016535");
    }

    [Test]
    public async Task AccessToken_ClockSetThroughTheAdminApi_TimestampCheckedAgainstIt()
    {
        await using var factory = new EmulatorFactory();
        using var http = factory.CreateClient();
        using (await http.PutAsJsonAsync("/__admin/clock", new { now = "2030-01-01T00:00:00+07:00" }))
        {
        }

        var options = Options(factory);
        var token = await new KlikooOpenApiClient(http, options).RequestAccessTokenAsync();

        token.Data.AccessToken.Should().NotBeEmpty("a timestamp on the clock the admin API set is within the window");
    }

    private static KlikooOpenApiClientOptions Options(EmulatorFactory factory) => new()
    {
        ClientId = IrsQuery.ClientId, ClientSecret = IrsQuery.ClientSecret, PrivateKey = OpenApiCaller.PrivateKeyPem, TimeProvider = factory.Get<EmulatorClock>(),
    };
}
