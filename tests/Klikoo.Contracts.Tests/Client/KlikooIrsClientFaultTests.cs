using System.Diagnostics;
using System.Net;
using Klikoo.Contracts.Client;
using Klikoo.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Klikoo.Contracts.Tests.Client;

/// <summary>A misbehaving upstream, played by WireMock.Net: the client raises its one exception type, or tolerates harmless whitespace, and never hangs.</summary>
public sealed class KlikooIrsClientFaultTests
{
    private static readonly InquiryRequest Ovo = new("OVO10", "1", "081000000001");

    private WireMockServer _server = null!;
    private HttpClient _http = null!;

    [SetUp]
    public void StartUpstream()
    {
        _server = WireMockServer.Start();
        _http = new HttpClient { BaseAddress = new Uri(_server.Url!) };
    }

    [TearDown]
    public void StopUpstream()
    {
        _http.Dispose();
        _server.Stop();
        _server.Dispose();
    }

    [Test]
    public async Task Inquire_DelayPastTimeout_ThrowsWithoutWaitingForTheReply()
    {
        Answer(Response.Create().WithBody(DocumentedLines.InquiryOvo).WithDelay(TimeSpan.FromSeconds(3)));
        var client = new KlikooIrsClient(_http, ClientFor.Options(timeout: TimeSpan.FromMilliseconds(300)));
        var watch = Stopwatch.StartNew();

        var call = () => client.InquireAsync(Ovo);

        (await call.Should().ThrowAsync<KlikooClientException>()).WithMessage("No reply within 0.3 s.");
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2));
    }

    [Test]
    public async Task Inquire_CallerCancels_OperationCanceledNotClientException()
    {
        Answer(Response.Create().WithBody(DocumentedLines.InquiryOvo).WithDelay(TimeSpan.FromSeconds(3)));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var call = () => ClientFor.Create(_http).InquireAsync(Ovo, cancellation.Token);

        await call.Should().ThrowAsync<OperationCanceledException>();
    }

    [Test]
    public async Task Inquire_MalformedChunk_Throws()
    {
        Answer(Response.Create().WithFault(FaultType.MALFORMED_RESPONSE_CHUNK).WithBody(DocumentedLines.InquiryOvo));

        await InquireShouldFailAsync();
    }

    [TestCase(500)]
    [TestCase(502)]
    public async Task Inquire_ServerError_ThrowsCarryingStatusAndBody(int status)
    {
        Answer(Response.Create().WithStatusCode(status).WithBody("upstream broke"));

        var failure = (await InquireShouldFailAsync()).Which;
        failure.StatusCode.Should().Be((HttpStatusCode)status);
        failure.RawReply.Should().Be("upstream broke");
    }

    [TestCase("<html><body>Bad Gateway</body></html>")]
    [TestCase("{\"status\":\"ok\"}")]
    [TestCase("R#OVO10 garbled")]
    public async Task Inquire_NotAnRLine_ThrowsCarryingTheRawText(string body)
    {
        Answer(Response.Create().WithBody(body));

        (await InquireShouldFailAsync()).Which.RawReply.Should().Be(body);
    }

    [Test]
    public async Task Inquire_EmptyBody_Throws()
    {
        Answer(Response.Create().WithBody(""));

        (await InquireShouldFailAsync()).WithMessage("The reply was empty*");
    }

    [Test]
    public async Task Inquire_TwoLines_Throws()
    {
        Answer(Response.Create().WithBody(DocumentedLines.InquiryOvo + "\r\n" + DocumentedLines.InquiryGopay));

        (await InquireShouldFailAsync()).WithMessage("*more than one line*");
    }

    [TestCase("\r\n")]
    [TestCase("  ")]
    [TestCase("\n\t")]
    public async Task Inquire_WhitespaceAroundTheLine_Tolerated(string whitespace)
    {
        Answer(Response.Create().WithBody(whitespace + DocumentedLines.InquiryOvo + whitespace));

        var result = await ClientFor.Create(_http).InquireAsync(Ovo);

        result.Success!.Format().Should().Be(DocumentedLines.InquiryOvo);
    }

    [Test]
    public async Task Inquire_TenMegabyteBody_RefusedQuickly()
    {
        Answer(Response.Create().WithBody(new string('R', 10 * 1024 * 1024)));
        var watch = Stopwatch.StartNew();

        (await InquireShouldFailAsync()).WithMessage("*over the 65536-byte limit*");
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
    }

    [Test]
    public async Task Inquire_NobodyListening_Throws()
    {
        var port = _server.Ports[0];
        _server.Stop();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        var call = () => ClientFor.Create(http).InquireAsync(Ovo);

        (await call.Should().ThrowAsync<KlikooClientException>()).Which.InnerException.Should().BeOfType<HttpRequestException>();
    }

    [Test]
    public async Task Buy_AnsweredWithAnInquiryLine_Throws()
    {
        Answer(Response.Create().WithBody(DocumentedLines.InquiryOvo));

        var call = () => ClientFor.Create(_http).BuyAsync(new BuyRequest("OVO10", "1", "081000000001"));

        (await call.Should().ThrowAsync<KlikooClientException>()).WithMessage("The buy was answered with a InquirySuccessLine*");
    }

    private void Answer(IResponseBuilder response) =>
        _server.Given(Request.Create().UsingAnyMethod()).RespondWith(response);

    private async Task<FluentAssertions.Specialized.ExceptionAssertions<KlikooClientException>> InquireShouldFailAsync()
    {
        var call = () => ClientFor.Create(_http).InquireAsync(Ovo);
        return await call.Should().ThrowAsync<KlikooClientException>();
    }
}
