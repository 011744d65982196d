using Klikoo.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Klikoo.Contracts.Tests.Client;

/// <summary>
/// WireMock.Net answering exactly the documented requests with Klikoo's verbatim lines: what the real Klikoo
/// says, per its documentation. Any parameter the client gets wrong finds no mapping and fails the test.
/// </summary>
internal sealed class DocumentedWireMockServer : IKlikooServer
{
    private readonly WireMockServer _server = WireMockServer.Start();

    public DocumentedWireMockServer(string operation, IEnumerable<(IrsQuery Query, string Line)> answers)
    {
        foreach (var (query, line) in answers)
        {
            var request = Request.Create().WithPath($"/klikoo-b2b/v1/irs/{operation}").UsingAnyMethod();
            var constrained = 0;
            foreach (var (name, value) in query.Parameters.Where(p => p.Value.Length > 0))
            {
                request = request.WithParam(name, value);
                constrained++;
            }

            // The most specific mapping wins: the DNOPEN request with an amount before the one without.
            _server.Given(request).AtPriority(100 - constrained).RespondWith(Response.Create()
                .WithStatusCode(200)
                .WithHeader("Content-Type", "text/plain; charset=utf-8")
                .WithBody(line));
        }
    }

    public HttpClient CreateHttpClient() => new() { BaseAddress = new Uri(_server.Url!) };

    public ValueTask DisposeAsync()
    {
        _server.Stop();
        _server.Dispose();
        return ValueTask.CompletedTask;
    }
}
