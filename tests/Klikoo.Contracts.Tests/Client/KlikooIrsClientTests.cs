using Klikoo.Contracts.Client;
using Klikoo.Contracts.Otomax;
using Klikoo.Testing;

namespace Klikoo.Contracts.Tests.Client;

public sealed class KlikooIrsClientTests
{
    private static readonly DocumentedSample Ovo = DocumentedSample.Inquiries.Single(s => s.Name == "OVO10");

    [Test]
    public async Task Inquire_WithThePastedOtomaxTemplate_ReachesTheEmulator()
    {
        await using var factory = new EmulatorFactory(Ovo.At);
        using var http = factory.CreateClient();
        var options = ClientFor.Options();
        var client = new KlikooIrsClient(http, new KlikooClientOptions
        {
            ClientId = options.ClientId,
            ClientSecret = options.ClientSecret,
            Pin = options.Pin,
            Idrs = options.Idrs,
            InquiryTemplate = new OtomaxUrlTemplate(OtomaxUrlTemplate.KlikooInquiry.Replace("https://{url}", http.BaseAddress!.ToString().TrimEnd('/'), StringComparison.Ordinal)),
        });

        var result = await client.InquireAsync(ClientFor.Inquiry(Ovo.Query));

        result.RawLine.Should().Be(Ovo.Line);
    }

    [Test]
    public async Task Inquire_PostForm_ReachesTheEmulator()
    {
        await using var factory = new EmulatorFactory(Ovo.At);
        using var http = factory.CreateClient();

        var result = await ClientFor.Create(http, KlikooRequestStyle.PostForm).InquireAsync(ClientFor.Inquiry(Ovo.Query));

        result.RawLine.Should().Be(Ovo.Line);
    }

    [Test]
    public async Task Inquire_KlikooFailure_IsAResultNotAnException()
    {
        await using var factory = new EmulatorFactory(Ovo.At);
        using var http = factory.CreateClient();

        var result = await ClientFor.Create(http).InquireAsync(new InquiryRequest("OVO10", "1", "12345"));

        result.IsSuccess.Should().BeFalse();
        result.Reason.Should().Be("No pelanggan salah, pastikan nomor yang diinput sesuai");
    }
}
