using Bogus;
using Klikoo.Contracts.Lines;
using Microsoft.AspNetCore.Http;

namespace Klikoo.Emulator.Tests.Robustness;

/// <summary>
/// Property: whatever arrives on a public route, the reply is HTTP 200, text/plain UTF-8, one line, and a line
/// the codec reads. Seeded, so a failure names the request that broke it and replays the same way.
/// </summary>
public sealed class PublicRouteFuzzTests
{
    private const int Requests = 10_000;

    [TestCase(20241112)]
    [TestCase(1)]
    [TestCase(2)]
    public async Task PublicRoutes_GeneratedRequests_AlwaysOneKlikooLine(int seed)
    {
        await using var factory = new EmulatorFactory();
        var faker = new Faker { Random = new Randomizer(seed) };
        var failures = new List<string>();

        for (var i = 0; i < Requests && failures.Count < 10; i++)
        {
            var request = FuzzRequest.Generate(faker);
            var problem = await SendAsync(factory, request);
            if (problem is not null)
            {
                failures.Add($"#{i} {request}: {problem}");
            }
        }

        failures.Should().BeEmpty();
        using var client = factory.CreateClient();
        (await client.GetStringAsync($"/v1/irs/inquiry?{IrsQuery.Sample("OVO10", "081000000001")}")).Should().StartWith("R#OVO10. PRICE: 10100.", "the emulator still serves afterwards");
    }

    private static async Task<string?> SendAsync(EmulatorFactory factory, FuzzRequest request)
    {
        var context = await factory.Server.SendAsync(http =>
        {
            http.Request.Method = request.Method;
            http.Request.Path = request.Path;
            http.Request.QueryString = new QueryString("?" + request.RawQuery);
            if (request.Body is { } body)
            {
                http.Request.ContentType = request.ContentType;
                http.Request.ContentLength = body.Length;
                http.Request.Body = new MemoryStream(body);
            }
        });

        var response = context.Response;
        var text = await new StreamReader(response.Body).ReadToEndAsync();
        if (response.StatusCode != StatusCodes.Status200OK)
        {
            return $"HTTP {response.StatusCode}";
        }

        if (response.ContentType != "text/plain; charset=utf-8")
        {
            return $"content type '{response.ContentType}'";
        }

        if (request.Method == "HEAD")
        {
            return null;
        }

        return RLine.TryParse(text, out _) && !text.AsSpan().ContainsAny('\r', '\n') ? null : $"not one Klikoo line: '{text}'";
    }
}
