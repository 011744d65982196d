using FluentAssertions.Execution;
using Klikoo.Contracts.Client;
using Klikoo.Contracts.Lines;
using Klikoo.Tests.Infrastructure;

namespace Klikoo.Contracts.Tests.Client;

/// <summary>
/// One set of assertions about Klikoo's inquiry replies, run against every server kind: the reference client
/// and the server must agree on every product family and on the failure line.
/// </summary>
public abstract class InquiryContract
{
    // Expected fields written out independently of the lines, so a codec bug cannot hide in both.
    private static readonly Dictionary<string, (string Product, long Price, string To, string? Name, string? Power)> Successes = new()
    {
        ["PLN20"] = ("PLN20", 20546, "01105691111", "BAHARRUDIN1", "R1/2200VA"),
        ["OVO10"] = ("OVO10", 10100, "081000000001", "C**tomer Na**", null),
        ["GOPAY10"] = ("GOPAY10", 10100, "081000000001", "C**tomer Na**", null),
        ["DN1"] = ("DN1", 1178, "0817345544", "DNID nX", null),
        ["DNOPEN"] = ("DNOPEN", 20080, "0817345544", "DNID nX", null),
        ["MAX5000"] = ("MAX5000", 7205, "0817345544", null, null),
    };

    private static IEnumerable<TestCaseData> Cases() =>
        from sample in DocumentedSample.Inquiries
        from style in new[] { KlikooRequestStyle.Get, KlikooRequestStyle.PostQuery }
        select new TestCaseData(sample, style).SetArgDisplayNames(sample.Name, style.ToString());

    protected abstract IKlikooServer StartServer(DocumentedSample sample);

    [TestCaseSource(nameof(Cases))]
    public async Task Inquire_DocumentedRequest_ClientReadsTheDocumentedReply(DocumentedSample sample, KlikooRequestStyle style)
    {
        await using var server = StartServer(sample);
        using var http = server.CreateHttpClient();
        var client = ClientFor.Create(http, style);

        var result = await client.InquireAsync(ClientFor.Inquiry(sample.Query));

        using (new AssertionScope())
        {
            result.RawLine.Should().Be(sample.Line);
            result.Line.Timestamp.Should().Be(sample.At);
            if (Successes.TryGetValue(sample.Name, out var expected))
            {
                result.IsSuccess.Should().BeTrue();
                result.Success.Should().BeEquivalentTo(new { ProductCode = expected.Product, expected.Price, CustomerNumber = expected.To, CustomerName = expected.Name, PowerCapacity = expected.Power });
            }
            else
            {
                result.IsSuccess.Should().BeFalse();
                result.Failure.Should().Be(new InquiryFailureLine("01105601111", "CUSTID not recognized. Biller throws exception. Err:5110", sample.At));
            }
        }
    }
}

[TestFixture]
public sealed class EmulatorInquiryContractTests : InquiryContract
{
    protected override IKlikooServer StartServer(DocumentedSample sample) => new EmulatorServer(sample.At);
}

[TestFixture]
public sealed class DocumentedInquiryContractTests : InquiryContract
{
    protected override IKlikooServer StartServer(DocumentedSample sample) =>
        new DocumentedWireMockServer("inquiry", DocumentedSample.Inquiries.Select(s => (s.Query, s.Line)));
}
