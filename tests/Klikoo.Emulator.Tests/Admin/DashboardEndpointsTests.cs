using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Klikoo.Emulator.Tests.Admin;

/// <summary>/__admin and /__admin/ lead to the dashboard, under the admin access rule.</summary>
public sealed class DashboardEndpointsTests
{
    private static readonly WebApplicationFactoryClientOptions NoRedirects = new() { AllowAutoRedirect = false };

    [TestCase("/__admin", "/__admin/ui")]
    [TestCase("/__admin/", "/__admin/ui")]
    [TestCase("/__admin/?access_token=t0ken", "/__admin/ui?access_token=t0ken")]
    public async Task Get_AdminRoot_RedirectsToTheDashboard(string path, string expected)
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient(NoRedirects);

        using var response = await client.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.Found);
        response.Headers.Location!.OriginalString.Should().Be(expected);
    }

    [TestCase("/__admin")]
    [TestCase("/__admin/")]
    public async Task Get_AdminRoot_RemoteCaller_Forbidden(string path)
    {
        await using var factory = new EmulatorFactory { CallerAddress = IPAddress.Parse("203.0.113.7") };
        using var client = factory.CreateClient(NoRedirects);

        (await client.GetAsync(path)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Get_AdminRoot_TokenConfiguredButNotSent_Unauthorized()
    {
        await using var factory = new EmulatorFactory(settings: new Dictionary<string, string?> { ["Klikoo:Admin:Token"] = "t0ken" });
        using var client = factory.CreateClient(NoRedirects);

        (await client.GetAsync("/__admin/")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
