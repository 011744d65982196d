using System.Globalization;
using System.Net;
using System.Text.Json;
using FluentAssertions.Execution;
using Klikoo.Contracts.OpenApi;

namespace Klikoo.Emulator.Tests.OpenApi;

/// <summary>
/// The reference client's <see cref="KlikooOpenApiClient.InquirePostpaidAsync"/> against the emulator: each of Klikoo's
/// 13 sample requests read into the typed bill, its figures adding up, and a refusal as Klikoo's code.
/// </summary>
public sealed class OpenApiPostpaidClientTests
{
    private static IEnumerable<TestCaseData> Samples() => OpenApiPostpaidTests.SampleRequests.Select(sample =>
    {
        var request = JsonSerializer.Deserialize(sample, KlikooOpenApiJson.Default.PostpaidInquiryRequest)!;
        return new TestCaseData(request).SetArgDisplayNames($"{request.ProductCode} {request.AccountNumber}");
    });

    [TestCaseSource(nameof(Samples))]
    public async Task InquirePostpaid_DocumentedSample_TypedBillThatAddsUp(PostpaidInquiryRequest request)
    {
        await using var factory = new EmulatorFactory();
        var client = new KlikooOpenApiClient(factory.CreateClient(), OpenApiCaller.Options(factory));

        var bill = await client.InquirePostpaidAsync(request);

        using (new AssertionScope())
        {
            bill.StatusCode.Should().Be(HttpStatusCode.OK);
            bill.ResponseCode.Should().Be("200022000");
            var data = bill.Data;
            data.ProductCode.Should().Be(request.ProductCode);
            data.AccountNumber.Should().Be(request.AccountNumber);
            data.CustomerName.Should().NotBeNullOrWhiteSpace();
            data.Periods.Should().NotBeEmpty();
            Rupiah(data.BillAmount).Should().Be(data.Periods.Sum(p => Rupiah(p.Amount)));
            Rupiah(data.LateFee).Should().Be(data.Periods.Sum(p => Rupiah(p.LateFee)));
            Rupiah(data.TotalAmount).Should().Be(Rupiah(data.BillAmount) + Rupiah(data.LateFee) + Rupiah(data.AdminFee));
        }
    }

    [Test]
    public async Task InquirePostpaid_MalformedAccount_KlikoosCodeInTheException()
    {
        await using var factory = new EmulatorFactory();
        var client = new KlikooOpenApiClient(factory.CreateClient(), OpenApiCaller.Options(factory));

        var act = () => client.InquirePostpaidAsync(new PostpaidInquiryRequest { AccountNumber = "12", ProductCode = "POSTPAIDPLN" });

        (await act.Should().ThrowAsync<KlikooOpenApiException>()).Which.ResponseCode.Should().Be("404027011");
    }

    private static long Rupiah(string text) => long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
}
