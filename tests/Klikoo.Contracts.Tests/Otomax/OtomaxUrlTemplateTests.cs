using Klikoo.Contracts.Otomax;

namespace Klikoo.Contracts.Tests.Otomax;

public sealed class OtomaxUrlTemplateTests
{
    [Test]
    public void Expand_KlikooInquiryTemplate_GivesTheDocumentedSampleUrl()
    {
        // The inquiry page's template and its curl sample, with the sample's values (typo 'secet' included).
        var template = new OtomaxUrlTemplate(OtomaxUrlTemplate.KlikooInquiry);

        var url = template.Expand(new OtomaxValues(
            User: "client_id", Pass: "secet", Idrs: "idrs", Pin: "pin", Product: "PLN20",
            TrxId: "b3e0f17a-453f-493c-862f-4cc6f651da52", Tujuan: "0817345544", Amount: "20500", SellingPrice: "21000"));

        url.Should().Be("https://{url}/klikoo-b2b/v1/irs/inquiry?client_id=client_id&client_secret=secet&idrs=idrs&pin=pin&product_code=PLN20&ref_id=b3e0f17a-453f-493c-862f-4cc6f651da52&to=0817345544&amount=20500&selling_price=21000");
    }

    [Test]
    public void Expand_OvoSampleValues_EncodesIdrsAsTheDocumentationDoes()
    {
        var template = new OtomaxUrlTemplate("{{B2B}}/v1/irs/inquiry?client_id=[user]&client_secret=[pass]&idrs=[idrs]&pin=[pin]&product_code=[product]&ref_id=[trxid]&to=[tujuan]&amount=[amount]&selling_price=[selling_price]");

        var url = template.Expand(new OtomaxValues(
            "c17229eb-3d2b-4576-8f5d-c2e716da764b", "gvxzqypljtoukfanckakaa9z0md4x5aj", "<IDRS>", "123456", "OVO10", "{{$guid}}", "081000000001", "100000", "2000"));

        url.Should().Be("{{B2B}}/v1/irs/inquiry?client_id=c17229eb-3d2b-4576-8f5d-c2e716da764b&client_secret=gvxzqypljtoukfanckakaa9z0md4x5aj&idrs=%3CIDRS%3E&pin=123456&product_code=OVO10&ref_id=%7B%7B%24guid%7D%7D&to=081000000001&amount=100000&selling_price=2000");
    }

    [Test]
    public void Expand_KlikooBuyTemplate_HasNoSellingPrice()
    {
        var url = new OtomaxUrlTemplate(OtomaxUrlTemplate.KlikooBuy).Expand(new OtomaxValues(TrxId: "359912451", Product: "MXD17", Tujuan: "48429495"));

        url.Should().Be("https://{url}/klikoo-b2b/v1/irs/buy?client_id=&client_secret=&idrs=&pin=&product_code=MXD17&ref_id=359912451&to=48429495&amount=");
    }

    [TestCase("a&b", "a%26b")]
    [TestCase("a=b", "a%3Db")]
    [TestCase("a+b", "a%2Bb")]
    [TestCase("a b", "a%20b")]
    [TestCase("#?/", "%23%3F%2F")]
    [TestCase("Budi Santoso ñ", "Budi%20Santoso%20%C3%B1")]
    [TestCase("123456789 1234", "123456789%201234")]
    [TestCase("123456789(1234)", "123456789%281234%29")]
    [TestCase("081😀", "081%F0%9F%98%80")]
    public void Expand_SpecialCharacters_PercentEncoded(string value, string encoded)
    {
        new OtomaxUrlTemplate("x?to=[tujuan]").Expand(new OtomaxValues(Tujuan: value)).Should().Be($"x?to={encoded}");
    }

    [Test]
    public void Expand_SamePlaceholderTwice_ExpandsBoth()
    {
        new OtomaxUrlTemplate("/[trxid]?ref_id=[trxid]").Expand(new OtomaxValues(TrxId: "7")).Should().Be("/7?ref_id=7");
    }

    [TestCase("x?to=[tujuan&a=1", "Unclosed '[' at position 5*")]
    [TestCase("x?to=[destination]", "Unknown Otomax placeholder '[destination]' at position 5*")]
    public void Constructor_BadPlaceholder_NamesItAndItsPosition(string template, string message)
    {
        var create = () => new OtomaxUrlTemplate(template);

        create.Should().Throw<FormatException>().WithMessage(message);
    }
}
