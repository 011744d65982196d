using Klikoo.Emulator.Irs;
namespace Klikoo.Emulator.Tests.Inquiry;

public sealed class InquiryEndpointsTests
{
    public enum Transport
    {
        GetQuery,
        PostQuery,
        PostForm,
    }


    private static IEnumerable<TestCaseData> SampleCases() =>
        from sample in DocumentedSample.Inquiries
        from prefix in IrsPipeline.Prefixes
        from transport in Enum.GetValues<Transport>()
        select new TestCaseData(sample, prefix, transport).SetArgDisplayNames(sample.Name, prefix, transport.ToString());

    [TestCaseSource(nameof(SampleCases))]
    public async Task Inquire_DocumentedSample_ReturnsDocumentedLineByteForByte(DocumentedSample sample, string prefix, Transport transport)
    {
        await using var factory = new EmulatorFactory(sample.At);
        using var client = factory.CreateClient();

        using var response = await SendAsync(client, $"{prefix}/inquiry", sample.Query, transport);

        var body = await response.ShouldBeKlikooLineAsync();
        body.Should().Be(sample.Line);
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(System.Text.Encoding.UTF8.GetBytes(sample.Line));
    }

    [Test]
    public async Task Inquire_PostWithQueryAndForm_QueryWins()
    {
        var sample = DocumentedSample.Inquiries.Single(s => s.Name == "OVO10");
        await using var factory = new EmulatorFactory(sample.At);
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(
            $"/v1/irs/inquiry?{sample.Query}",
            IrsQuery.Sample("GOPAY10", "081234567890").ToForm());

        (await response.ShouldBeKlikooLineAsync()).Should().Be(sample.Line);
    }

    [Test]
    public async Task Inquire_SameRequestTwice_SameLine()
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();
        var query = IrsQuery.Sample("PLN20", "01234567890");

        var first = await client.GetStringAsync($"/v1/irs/inquiry?{query}");
        var second = await client.GetStringAsync($"/v1/irs/inquiry?{query}");

        second.Should().Be(first);
    }

    internal static Task<HttpResponseMessage> SendAsync(HttpClient client, string path, IrsQuery query, Transport transport) =>
        transport switch
        {
            Transport.GetQuery => client.GetAsync($"{path}?{query}"),
            Transport.PostQuery => client.PostAsync($"{path}?{query}", content: null),
            _ => client.PostAsync(path, query.ToForm()),
        };
}
