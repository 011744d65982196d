using System.Net;
using System.Net.Http.Headers;

namespace Klikoo.Emulator.Tests.Admin;

/// <summary>The admin API answers loopback callers only, unless Klikoo:Admin:Token is set; then every caller must send it.</summary>
public sealed class AdminAccessTests
{
    private static readonly IPAddress Remote = IPAddress.Parse("203.0.113.7");
    private static readonly (string Key, string Value) Token = ("Klikoo:Admin:Token", "s3cret-token");

    [TestCase("127.0.0.1", HttpStatusCode.OK)]
    [TestCase("::1", HttpStatusCode.OK)]
    [TestCase("::ffff:127.0.0.1", HttpStatusCode.OK)]
    [TestCase("203.0.113.7", HttpStatusCode.Forbidden)]
    [TestCase("10.1.2.3", HttpStatusCode.Forbidden)]
    public async Task Admin_NoTokenConfigured_LoopbackOnly(string caller, HttpStatusCode expected)
    {
        await using var factory = new EmulatorFactory { CallerAddress = IPAddress.Parse(caller) };
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/__admin/health");

        response.StatusCode.Should().Be(expected);
        if (expected != HttpStatusCode.OK)
        {
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        }
    }

    [Test]
    public async Task Admin_TokenConfigured_RemoteCallerWithoutIt_Unauthorized()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus();
        await using var factory = WithToken(fixtures, Remote);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/__admin/journal");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().Should().Be("Bearer");
    }

    [Test]
    public async Task Admin_TokenConfigured_WrongToken_Unauthorized()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus();
        await using var factory = WithToken(fixtures, Remote);
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "guess");

        (await client.GetAsync("/__admin/health")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [TestCase("bearer")]
    [TestCase("header")]
    [TestCase("query")]
    public async Task Admin_TokenConfigured_RemoteCallerWithIt_Allowed(string how)
    {
        using var fixtures = TemporaryFixtures.ShippedPlus();
        await using var factory = WithToken(fixtures, Remote);
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, how == "query" ? "/__admin/health?access_token=s3cret-token" : "/__admin/health");
        if (how == "bearer")
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "s3cret-token");
        }
        else if (how == "header")
        {
            request.Headers.Add("X-Klikoo-Admin-Token", "s3cret-token");
        }

        (await client.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task Admin_TokenConfigured_LoopbackMustSendItToo()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus();
        await using var factory = WithToken(fixtures, IPAddress.Loopback);
        using var client = factory.CreateClient();

        (await client.GetAsync("/__admin/health")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task PublicRoutes_RemoteCaller_AlwaysServed()
    {
        await using var factory = new EmulatorFactory { CallerAddress = Remote };
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"/v1/irs/inquiry?{IrsQuery.Sample("OVO10", "081000000001")}");

        (await response.ShouldBeKlikooLineAsync()).Should().StartWith("R#OVO10.");
    }

    private static EmulatorFactory WithToken(TemporaryFixtures fixtures, IPAddress caller) =>
        new(settings: new Dictionary<string, string?> { [Token.Key] = Token.Value, ["Klikoo:Fixtures"] = fixtures.Path }) { CallerAddress = caller };
}
