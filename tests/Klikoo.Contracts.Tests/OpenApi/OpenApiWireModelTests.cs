using System.Text;
using System.Text.Json;
using Klikoo.Contracts.OpenApi;

namespace Klikoo.Contracts.Tests.OpenApi;

/// <summary>The wire models write Klikoo's documented samples byte for byte (field order, names, types) and read them back.</summary>
public sealed class OpenApiWireModelTests
{
    // The purchase-callback page's sample, minified (docs/open-api.md#assumed-not-documented-by-klikoo: its 7-digit code is kept here only to compare layouts).
    private const string CallbackSample = """
        {
          "response_code": "2000200",
          "response_message": "Success",
          "partner_reference_id": "9d37f9ad-a7d0-41c7-92a6-285e2c8f845f",
          "transaction_id": "14430374",
          "amount": "15000",
          "transaction_time": "2024-10-11T09:02:57.241732Z",
          "transaction_status": "SUCCESS",
          "reason": "",
          "product_name": "Tsel 10.000",
          "sn": "02617700018017005627",
          "value": "081000000002",
          "customer_name": "",
          "current_balance": 1890248,
          "beginning_balance": 1905248,
          "product_code": "S10"
        }
        """;

    [Test]
    public void PurchaseCallback_DocumentedSample_WrittenInTheSameOrderWithNumericBalances()
    {
        var callback = new PurchaseCallback
        {
            ResponseCode = "2000200", ResponseMessage = "Success", PartnerReferenceId = "9d37f9ad-a7d0-41c7-92a6-285e2c8f845f",
            TransactionId = "14430374", Amount = "15000", TransactionTime = "2024-10-11T09:02:57.241732Z", TransactionStatus = "SUCCESS",
            Reason = "", ProductName = "Tsel 10.000", Sn = "02617700018017005627", Value = "081000000002", CustomerName = "",
            CurrentBalance = 1890248, BeginningBalance = 1905248, ProductCode = "S10",
        };

        var written = JsonSerializer.Serialize(callback, KlikooOpenApiJson.Default.PurchaseCallback);

        written.Should().Be(Minified(CallbackSample));
        JsonSerializer.Deserialize(CallbackSample, KlikooOpenApiJson.Default.PurchaseCallback).Should().Be(callback);
    }

    [Test]
    public void AccessTokenRequest_Written_AsTheDocumentedSample() =>
        JsonSerializer.Serialize(new AccessTokenRequest { AdditionalInfo = new() { ClientId = "{{B2B_CLIENT_ID}}", ClientSecret = "{{B2B_CLIENT_SECRET}}" } }, KlikooOpenApiJson.Default.AccessTokenRequest)
            .Should().Be(Minified("""
                {
                    "grant_type": "client_credentials",
                    "additional_info": {
                        "client_id": "{{B2B_CLIENT_ID}}",
                        "client_secret": "{{B2B_CLIENT_SECRET}}"
                    }
                }
                """));

    [Test]
    public void ProductInquiryRequest_Written_AsTheDocumentedSample() =>
        JsonSerializer.Serialize(new ProductInquiryRequest { Msidn = "01105691111", Amount = "20500", ProductCode = "PLN20", SellingPrice = "21000", Value = "01105691111", PartnerReferenceId = "42323-42234-44226-96273" }, KlikooOpenApiJson.Default.ProductInquiryRequest)
            .Should().Be("""{"msidn":"01105691111","amount":"20500","product_code":"PLN20","selling_price":"21000","value":"01105691111","partner_reference_id":"42323-42234-44226-96273"}""");

    [Test]
    public void ProductListRequest_AsCKlikoSendsIt_NumbersForPaging() =>
        JsonSerializer.Serialize(new ProductListRequest { Limit = 10, Page = 1, Search = [new() { Field = "keyword", Value = "axis" }, new() { Field = "enable", Value = "true" }], Sort = new() { Field = "agent_price", Value = "desc" } }, KlikooOpenApiJson.Default.ProductListRequest)
            .Should().Be("""{"limit":10,"page":1,"search":[{"field":"keyword","value":"axis"},{"field":"enable","value":"true"}],"sort":{"field":"agent_price","value":"desc"}}""");

    [Test]
    public void AccessTokenResponse_DocumentedSample_Read()
    {
        var response = JsonSerializer.Deserialize("""
            {
                "response_code": "200012000",
                "response_message": "Sukses",
                "data": {
                    "access_token": "user_access_token",
                    "token_type": "Bearer",
                    "expires_in": 900
                }
            }
            """, KlikooOpenApiJson.Default.OpenApiResponseAccessTokenData);

        response.Should().BeEquivalentTo(new { ResponseCode = "200012000", ResponseMessage = "Sukses", Data = new AccessTokenData { AccessToken = "user_access_token", TokenType = "Bearer", ExpiresIn = 900 } });
    }

    [Test]
    public void TransactionData_Written_InTheDetailPagesFieldOrder()
    {
        var names = new List<string>();
        using var document = JsonDocument.Parse(JsonSerializer.Serialize(new TransactionData(), KlikooOpenApiJson.Default.TransactionData));
        names.AddRange(document.RootElement.EnumerateObject().Select(p => p.Name));

        names.Should().Equal("transaction_id", "status", "partner_reference_id", "amount", "transaction_time", "reason", "product_id", "product_name", "sn", "value", "customer_name", "current_balance", "beginning_balance", "product_code");
    }

    [Test]
    public void ErrorEnvelope_Written_WithDataNull() =>
        JsonSerializer.Serialize(new OpenApiResponse<JsonElement?> { ResponseCode = "400016508", ResponseMessage = "Signature tidak sesuai" }, KlikooOpenApiJson.Default.OpenApiResponseNullableJsonElement)
            .Should().Be("""{"response_code":"400016508","response_message":"Signature tidak sesuai","data":null}""");

    private static string Minified(string json) => Encoding.UTF8.GetString(KlikooPayload.Minify(Encoding.UTF8.GetBytes(json))!);
}
