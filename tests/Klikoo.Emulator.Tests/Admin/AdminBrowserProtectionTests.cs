using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Klikoo.Emulator.Tests.Admin;

/// <summary>
/// Without a token, the admin API is for this machine's tools, not for the web pages its browser opens: a page on
/// another site cannot change state (it cannot send JSON or a custom header without a CORS preflight the emulator
/// never grants), and a page reached through DNS rebinding is refused by its Host name.
/// </summary>
public sealed class AdminBrowserProtectionTests
{
    private static readonly string[] LoopbackHosts = ["localhost", "localhost:5080", "LOCALHOST:1", "127.0.0.1", "127.0.0.1:5080", "[::1]", "[::1]:5080"];

    private static readonly string[] OtherHosts =
        ["evil.example", "evil.example:5080", "localhost.evil.example", "127.0.0.1.nip.io", "192.168.1.5:5080", "[::2]:5080", "127.0.0.2", "0.0.0.0:5080", "localhost:5080@evil.example", "xn--lcalhost-9za"];

    // What a cross-origin page can send without a preflight (CORS-safelisted types), plus look-alikes.
    private static readonly string?[] SimpleContentTypes =
        [null, "text/plain", "text/plain; charset=utf-8", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain; charset=application/json", "text/plain; x=\"application/json\"", "application/jsonp", "application/json-seq", "text/json+plain", "application/x-json"];

    private static readonly string[] JsonContentTypes = ["application/json", "application/json; charset=utf-8", "APPLICATION/JSON", "application/merge-patch+json", "application/problem+json"];

    [Test]
    public async Task Reset_CrossOriginTextPlainPost_RefusedAndNothingForgotten()
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();
        await client.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234567890", "keep-1")}");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/__admin/reset") { Content = new StringContent("{}", Encoding.UTF8, "text/plain") };
        request.Headers.Add("Origin", "http://evil.example");

        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.Content.ReadAsStringAsync()).Should().Contain("X-Klikoo-Admin").And.Contain("application/json");
        factory.Get<Emulator.Transactions.TransactionStore>().Count.Should().Be(1);
    }

    [Test]
    public async Task FixturesReload_CrossOriginPostWithoutABody_Forbidden()
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/__admin/fixtures/reload");
        request.Headers.Add("Origin", "http://evil.example");

        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Test]
    public async Task Admin_DnsRebindingHost_ForbiddenNamingTheFix()
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/__admin/transactions");
        request.Headers.Host = "rebind.evil.example:5080";

        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.Content.ReadAsStringAsync()).Should().Contain("Klikoo:Admin:Token");
    }

    [Test]
    public async Task Admin_JsonPostFromLoopback_Accepted()
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/__admin/reset", new StringContent("{}", Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
    }

    [Test]
    public async Task Admin_TokenConfigured_AnyHostAndContentTypeWithTheToken_AsBefore()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus();
        await using var factory = new EmulatorFactory(settings: new Dictionary<string, string?> { ["Klikoo:Admin:Token"] = "s3cret-token", ["Klikoo:Fixtures"] = fixtures.Path })
        {
            CallerAddress = IPAddress.Parse("203.0.113.7"),
        };
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/__admin/reset") { Content = new StringContent("", Encoding.UTF8, "text/plain") };
        request.Headers.Host = "emulator.qa.example:5080";
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "s3cret-token");
        using var without = new HttpRequestMessage(HttpMethod.Post, "/__admin/reset");
        without.Headers.Host = "emulator.qa.example:5080";

        (await client.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await client.SendAsync(without)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Admin_OnARealSocket_RebindingHostAndCrossOriginPostRefused()
    {
        await using var emulator = await Klikoo.Emulator.Testing.KlikooEmulator.StartAsync();
        using var http = emulator.CreateClient();
        using var rebinding = new HttpRequestMessage(HttpMethod.Get, "/__admin/journal");
        rebinding.Headers.Host = $"rebind.evil.example:{emulator.BaseAddress.Port}";
        using var crossOrigin = new HttpRequestMessage(HttpMethod.Post, "/__admin/reset") { Content = new StringContent("x", Encoding.UTF8, "text/plain") };
        crossOrigin.Headers.Add("Origin", "http://evil.example");
        using var localhost = new HttpRequestMessage(HttpMethod.Get, "/__admin/health");
        localhost.Headers.Host = $"localhost:{emulator.BaseAddress.Port}";

        (await http.SendAsync(rebinding)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await http.SendAsync(crossOrigin)).StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await http.SendAsync(localhost)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await http.GetAsync("/__admin/health")).StatusCode.Should().Be(HttpStatusCode.OK, "the test host's own address, 127.0.0.1:<port>");
    }

    [Test]
    public async Task DocsHttpFile_AdminCalls_SendWhatTheGuardAsks()
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();
        var blocks = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "klikoo-emulator.http"))
            .Split("###", StringSplitOptions.RemoveEmptyEntries)
            .Select(b => b.Split('\n').Skip(1).ToList())
            .Where(lines => lines.Count > 0 && lines[0].Contains("/__admin", StringComparison.Ordinal))
            .ToList();

        foreach (var lines in blocks)
        {
            var (method, url) = (lines[0].Split(' ')[0], lines[0].Split(' ')[1]);
            var headers = lines.Skip(1).TakeWhile(l => l.Trim().Length > 0).Select(l => l.Split(':', 2)).ToList();
            var body = string.Join('\n', lines.Skip(1 + headers.Count)).Trim();
            using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url).PathAndQuery);
            if (body.Length > 0)
            {
                request.Content = new StringContent(body);
                request.Content.Headers.ContentType = null;
            }

            foreach (var header in headers)
            {
                if (!request.Headers.TryAddWithoutValidation(header[0].Trim(), header[1].Trim()))
                {
                    request.Content ??= new ByteArrayContent([]);
                    request.Content.Headers.TryAddWithoutValidation(header[0].Trim(), header[1].Trim());
                }
            }

            using var response = await client.SendAsync(request);
            response.IsSuccessStatusCode.Should().BeTrue($"{method} {url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        blocks.Should().HaveCountGreaterThan(2);
    }

    [Test]
    public async Task PublicRoutes_AnyHost_Served()
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v1/irs/inquiry?{IrsQuery.Sample("OVO10", "081000000001")}") { Content = new StringContent("x", Encoding.UTF8, "text/plain") };
        request.Headers.Host = "supplier.example";

        (await (await client.SendAsync(request)).ShouldBeKlikooLineAsync()).Should().StartWith("R#OVO10.");
    }

    /// <summary>Every host, method and content type together: only loopback names pass, and only JSON or the header changes state.</summary>
    [Test]
    public async Task Admin_EveryHostMethodAndContentType_OnlyLoopbackAndOnlyJsonOrTheHeaderChangeState()
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();
        var calls = new (HttpMethod Method, string Path)[]
        {
            (HttpMethod.Get, "/__admin/health"), (HttpMethod.Get, "/__admin/ui"), (HttpMethod.Post, "/__admin/reset"),
            (HttpMethod.Post, "/__admin/fixtures/reload"), (HttpMethod.Put, "/__admin/clock"), (HttpMethod.Post, "/__admin/clock/advance"),
            (HttpMethod.Delete, "/__admin/journal"), (HttpMethod.Delete, "/__admin/overrides/o1"), (HttpMethod.Post, "/__admin/overrides"),
        };
        var failures = new List<string>();

        foreach (var host in LoopbackHosts.Concat(OtherHosts))
        {
            foreach (var (method, path) in calls)
            {
                foreach (var (contentType, header) in SimpleContentTypes.Concat(JsonContentTypes).SelectMany(t => new[] { (t, false), (t, true) }))
                {
                    var loopback = LoopbackHosts.Contains(host);
                    var safe = method == HttpMethod.Get;
                    var json = contentType is not null && JsonContentTypes.Contains(contentType);
                    using var request = new HttpRequestMessage(method, path);
                    request.Headers.TryAddWithoutValidation("Host", host).Should().BeTrue();
                    request.Headers.Add("Origin", "http://evil.example");
                    if (contentType is not null)
                    {
                        request.Content = new ByteArrayContent("{}"u8.ToArray());
                        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
                    }

                    if (header)
                    {
                        request.Headers.Add(AdminRequests.Header, "1");
                    }

                    using var response = await client.SendAsync(request);
                    var status = (int)response.StatusCode;
                    var body = await response.Content.ReadAsStringAsync();

                    // Refused by the admin guard, not by a handler (which may answer 400, 404 or 415 to a wrong body).
                    var refused = status is 403 or 415 && response.Content.Headers.ContentType?.MediaType == "application/problem+json" &&
                        (body.Contains("Klikoo:Admin:Token", StringComparison.Ordinal) || body.Contains(AdminRequests.Header, StringComparison.Ordinal));
                    var expectRefused = !loopback || (!safe && !json && !header);
                    if (refused != expectRefused)
                    {
                        failures.Add($"{method} {path} Host={host} Content-Type={contentType ?? "(none)"} header={header}: {status}");
                    }
                }
            }
        }

        failures.Should().BeEmpty();
    }
}
