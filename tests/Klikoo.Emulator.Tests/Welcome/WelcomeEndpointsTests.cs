using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using FluentAssertions.Execution;
using Microsoft.AspNetCore.Routing;

namespace Klikoo.Emulator.Tests.Welcome;

/// <summary>GET / tells a newcomer what the emulator serves; an unknown path points there instead of an empty 404.</summary>
public sealed class WelcomeEndpointsTests
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    private static readonly string Version =
        typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

    [Test]
    public async Task Get_Root_PlainTextWithRoutesSampleAccountExampleAndLinks()
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be("text/plain; charset=utf-8");
        (await response.Content.ReadAsStringAsync()).Should().Be($$"""
            Klikoo Emulator {{Version}}: Klikoo's IRS/Otomax interface, offline.

            Routes (GET or POST; each answers one R# line, HTTP 200 text/plain):
              /klikoo-b2b/v1/irs/inquiry   also /v1/irs/inquiry
              /klikoo-b2b/v1/irs/buy       also /v1/irs/buy (the same buy again checks its status)

            Open API (JSON, signed as docs/open-api.md says), under /klikoo-b2b/v1/open-api (also /v1/open-api):
            {{OpenApiLines(factory)}}
            Sample account: client_id c17229eb-3d2b-4576-8f5d-c2e716da764b
              Its client_secret and pin are in the fixtures' clients file (clients.yaml); they are never shown here.

            Try an inquiry (put in the client_secret and pin):
              http://localhost/klikoo-b2b/v1/irs/inquiry?client_id=c17229eb-3d2b-4576-8f5d-c2e716da764b&client_secret=<client_secret>&idrs=1&pin=<pin>&product_code=OVO10&ref_id=try-1&to=081234567890

            Products by family (Open API category, product codes, a destination each accepts; docs/fixtures.md#families):
              pln (plnprepaid): PLN20, PLN50, PLN100, PLN200, PLN500, PLN1000; to like 12345678901
              ovo (emoney): OVO10, OVO20, OVO50, OVO100; to like 081234567890
              gopay (emoney): GOPAY10, GOPAY20, GOPAY50, GOPAY100; to like 081234567890
              dana (emoney): DN1, DN5, DN10, DN25, DN50, DN100 and 1 more; to like 081234567890
              maxim (maxim): MXD17, MXD40, MAX5000, MAX10000, MAX25000; to like 081234567890
              telkomsel (pulsa): S5, S10, S20, S25, S50, S100; to like 081234567890
              indosat (pulsa): I5, I10, I25, I50, I100; to like 085612345678
              xl (pulsa): X5, X10, X25, X50, X100; to like 081712345678
              axis (pulsa): AX5, AX10, AX25, AX50; to like 083812345678
              tri (pulsa): T5, T10, T20, T50; to like 089612345678
              smartfren (pulsa): SM5, SM10, SM20, SM50; to like 088112345678
              telkomsel-data (data): TSD1, TSD3, TSD8; to like 081234567890
              indosat-data (data): ISD3, ISD9; to like 085612345678
              xl-data (data): XLD6, XLD10; to like 081712345678
              mobile-legends (games): ML86, ML172, ML257, ML706; to like 123456789(1234)
              free-fire (games): FF70, FF140, FF355; to like 1234567890
              shopeepay (emoney): SHP10, SHP20, SHP50, SHP100; to like 081234567890
              linkaja (emoney): LA10, LA20, LA50, LA100; to like 081234567890
              pln-postpaid (plnpostpaid, postpaid bills on the Open API): POSTPAIDPLN; account like 514040400482
              pdam (pdam, postpaid bills on the Open API): PDAMBDG, PDAMMJK, PDAMSBY, PDAMABOJ, PDAMACEHTGR; account like 1726010024
              bpjs (bpjs, postpaid bills on the Open API): RBASRBPJSKSH; account like 8888801433177155
              internet-tv (internet, postpaid bills on the Open API): INDIHOME, FIRSMEDIA, MNCVISION; account like 11632498
              phone-postpaid (telepon, postpaid bills on the Open API): HALO, TELKOMPSTN; account like 0215551234
              multifinance (multifinance, postpaid bills on the Open API): RBADIRA, RBFNFIF, RBKREDITBAF; account like 547010008701

            Admin (loopback callers only unless Klikoo:Admin:Token is set):
              Dashboard  http://localhost/__admin/ui (its journal says why a request was refused)
              OpenAPI    http://localhost/__admin/openapi.json

            Docs in the repository: docs/otomax.md (Otomax set-up), docs/testing.md (tests and CI), docs/fixtures.md (fixture files).

            """.ReplaceLineEndings("\n"));
    }

    [Test]
    public async Task Get_Root_ListsTheOpenApiCallsAPartnerMakes()
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();

        var text = await client.GetStringAsync("/");

        text.Should().Contain("\n  POST /access-token\n").And.Contain("\n  GET  /balance\n").And.Contain("\n  POST /products/buy\n")
            .And.Contain("\n  GET  /transactions/{transactionId}\n").And.Contain("docs/open-api.md")
            .And.NotContain("{**rest}", "the catch-all answering unknown paths is not a call to make");
    }

    // Every route mapped under /klikoo-b2b/v1/open-api, "METHOD /path", in ordinal order: the page reads the same table.
    private static string OpenApiLines(EmulatorFactory factory) =>
        string.Concat(factory.Get<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/klikoo-b2b/v1/open-api/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"  {m,-4} {e.RoutePattern.RawText!["/klikoo-b2b/v1/open-api".Length..]}\n"))
            .Order(StringComparer.Ordinal));

    [TestCase(BrowserAccept)]
    [TestCase("text/html")]
    [TestCase("text/plain;q=0.5, text/html")]
    public async Task Get_Root_ClientPrefersHtml_HtmlPageWithLinks(string accept)
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Accept.ParseAdd(accept);

        using var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        using (new AssertionScope())
        {
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            response.Content.Headers.ContentType!.ToString().Should().Be("text/html; charset=utf-8");
            html.Should().StartWith("<!doctype html>")
                .And.Contain($"<h1>Klikoo Emulator {Version}</h1>")
                .And.Contain("<code>/klikoo-b2b/v1/irs/inquiry</code>").And.Contain("<code>/v1/irs/buy</code>")
                .And.Contain("c17229eb-3d2b-4576-8f5d-c2e716da764b")
                .And.Contain("<a href=\"/__admin/ui\">").And.Contain("<a href=\"/__admin/openapi.json\">")
                .And.Contain("client_secret=&lt;client_secret&gt;")
                .And.Contain("docs/otomax.md").And.Contain("<li><code>POST /products/buy</code></li>");
        }
    }

    [TestCase("*/*")]
    [TestCase("text/plain")]
    [TestCase("text/html;q=0.5, text/plain")]
    [TestCase("text/*, text/html;q=0.1")]
    [TestCase("this is not an accept header")]
    public async Task Get_Root_ClientDoesNotPreferHtml_PlainText(string accept)
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept", accept);

        using var response = await client.GetAsync("/");

        response.Content.Headers.ContentType!.ToString().Should().Be("text/plain; charset=utf-8");
    }

    [Test]
    public async Task Get_Root_NeverShowsAClientSecretOrPin()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus(("clients.yaml", """
            clients:
              - { id: partner-one, secret: Zk-SECRET-one-Qx7, pin: "PIN-Vq81", balance: 1000 }
              - { id: partner-two, secret: Zk-SECRET-two-Lm4, pin: "804617", balance: 1000 }
            """));
        await using var factory = EmulatorFactory.On(fixtures);
        using var client = factory.CreateClient();

        var text = await client.GetStringAsync("/");
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        var html = await client.GetStringAsync("/");

        using (new AssertionScope())
        {
            text.Should().Contain("Sample accounts: client_id partner-one, partner-two");
            html.Should().Contain("partner-one").And.Contain("partner-two");
            foreach (var secret in new[] { "Zk-SECRET-one-Qx7", "Zk-SECRET-two-Lm4", "PIN-Vq81", "804617" })
            {
                text.Should().NotContain(secret);
                html.Should().NotContain(secret);
            }
        }
    }

    [Test]
    public async Task Get_Root_RemoteCaller_ServedLikeThePublicRoutes()
    {
        // It shows routes and client ids only, for the integrator on another machine who points Otomax at the emulator.
        await using var factory = new EmulatorFactory { CallerAddress = IPAddress.Parse("203.0.113.7") };
        using var client = factory.CreateClient();

        (await client.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("/__admin/ui")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [TestCase("/nope")]
    [TestCase("/klikoo-b2b/v1/irs/nope")]
    [TestCase("/favicon.ico")]
    public async Task Get_UnknownPath_ShortPlain404PointingAtRoot(string path)
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        using var response = await client.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.ToString().Should().Be("text/plain; charset=utf-8");
        (await response.Content.ReadAsStringAsync()).Should().Be(
            "Not found. The Klikoo Emulator serves /klikoo-b2b/v1/irs/inquiry and /buy (also under /v1/irs); GET / lists every route.\n");
    }

    [Test]
    public async Task Get_UnknownAdminPath_ProblemDetailsPointingAtTheOpenApiDocument()
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/__admin/nope");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.Content.ReadAsStringAsync()).Should().Contain("/__admin/openapi.json");
    }

    [Test]
    public async Task Get_PostOnlyAdminRoute_Still405()
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();

        (await client.GetAsync("/__admin/reset")).StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
    }
}
