using System.Text.Json.Nodes;
using FluentAssertions.Execution;
using Klikoo.Contracts.OpenApi;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Journal;

namespace Klikoo.Emulator.Tests.OpenApi;

/// <summary>
/// POST products (the price list from the fixture catalogue, paged, searched and sorted), POST products/inquiry (the
/// string interface's inquiry in the JSON envelope) and POST transactions/inquiry-postpaid's refusals (its bills: OpenApiPostpaidTests).
/// </summary>
public sealed class OpenApiCatalogueTests
{
    private const string Rules = """
        scenarios:
          - name: meters 5212 not found
            match: { product: PLN20, to: { prefix: "5212" } }
            inquiry: { failure: "No Customer tidak ditemukan" }
        """;

    [Test]
    public async Task Products_AllOnOnePage_EveryFixtureProductWithItsPriceAndMeta()
    {
        await using var factory = new EmulatorFactory();
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);
        var catalog = factory.Get<FixtureStore>().Current;

        var (status, body) = await api.SendAsync(HttpMethod.Post, "products", """{"limit":1000,"page":1}""");

        using (new AssertionScope())
        {
            status.Should().Be(200);
            body["response_code"]!.GetValue<string>().Should().Be("200042000");
            body["response_message"]!.GetValue<string>().Should().Be("Sukses");
            var rows = body["data"]!.AsArray();
            rows.Select(r => r!["code"]!.GetValue<string>()).Should().BeEquivalentTo(catalog.Products.Keys).And.BeInAscendingOrder(StringComparer.Ordinal);
            var ovo = rows.Single(r => r!["code"]!.GetValue<string>() == "OVO10")!;
            ovo.ToJsonString().Should().MatchRegex("""^\{"code":"OVO10","name":"OVO 10.000","category":"emoney","enable":true,"agent_price":10100,"updated_at":"[0-9T:.Z-]+","success_rate":100,"time_rate":0\}$""");
            rows.Single(r => r!["code"]!.GetValue<string>() == "DNOPEN")!["agent_price"]!.GetValue<long>().Should().Be(catalog.Products["DNOPEN"].Open!.Fee, "an open denomination's agent price is its fee");
            rows.Single(r => r!["code"]!.GetValue<string>() == "PLN20")!["category"]!.GetValue<string>().Should().Be("plnprepaid");
            body["meta"]!.ToJsonString().Should().Be($$"""{"current_page":1,"previous_page":0,"next_page":0,"total_pages":1,"total_rows":{{catalog.Products.Count}},"per_page":1000}""");
        }
    }

    [Test]
    public async Task Products_KeywordEnableAndAgentPriceDescending_AsKlikoosSample()
    {
        await using var factory = new EmulatorFactory();
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);

        var (status, body) = await api.SendAsync(HttpMethod.Post, "products",
            """{"limit":3,"page":2,"search":[{"field":"keyword","value":"gopay"},{"field":"enable","value":"true"}],"sort":{"field":"agent_price","value":"desc"}}""");

        status.Should().Be(200);
        body["data"]!.AsArray().Select(r => r!["code"]!.GetValue<string>()).Should().Equal("GOPAY10");
        body["meta"]!.ToJsonString().Should().Be("""{"current_page":2,"previous_page":1,"next_page":0,"total_pages":2,"total_rows":4,"per_page":3}""");
    }

    [Test]
    public async Task Products_CategoryAndNameAscending_OnlyThatCategory()
    {
        await using var factory = new EmulatorFactory();
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);

        var (_, body) = await api.SendAsync(HttpMethod.Post, "products",
            """{"limit":100,"page":1,"search":[{"field":"categories","value":"maxim"},{"field":"keyword","value":""}],"sort":{"field":"code","value":"asc"}}""");

        body["data"]!.AsArray().Select(r => r!["code"]!.GetValue<string>()).Should().Equal("MAX10000", "MAX25000", "MAX5000", "MXD17", "MXD40");
    }

    [TestCase("""{"page":1}""", 400, "400046512", TestName = "Products_NoLimit_FieldEmpty")]
    [TestCase("""{"limit":10}""", 400, "400046512", TestName = "Products_NoPage_FieldEmpty")]
    [TestCase("""{"limit":"10","page":1}""", 400, "400046510", TestName = "Products_LimitAsText_ValidationError")]
    [TestCase("""{"limit":0,"page":1}""", 400, "400046510", TestName = "Products_LimitZero_ValidationError")]
    [TestCase("""{"limit":1001,"page":1}""", 400, "400046510", TestName = "Products_LimitOverMax_ValidationError")]
    [TestCase("""{"limit":10,"page":0}""", 400, "400046510", TestName = "Products_PageZero_ValidationError")]
    [TestCase("""{"limit":10,"page":1,"search":[{"field":"price","value":"1"}]}""", 400, "400046510", TestName = "Products_UnknownSearchField_ValidationError")]
    [TestCase("""{"limit":10,"page":1,"search":[{"field":"enable","value":"yes"}]}""", 400, "400046510", TestName = "Products_EnableNotBoolean_ValidationError")]
    [TestCase("""{"limit":10,"page":1,"sort":{"field":"price","value":"asc"}}""", 400, "400046510", TestName = "Products_UnknownSortField_ValidationError")]
    [TestCase("""{"limit":10,"page":1,"sort":{"field":"code","value":"up"}}""", 400, "400046510", TestName = "Products_SortValueNotAscOrDesc_ValidationError")]
    [TestCase("""{"limit":10,"page":1,"search":[null]}""", 400, "400046510", TestName = "Products_NullSearchEntry_ValidationError")]
    [TestCase("""[1]""", 400, "400046510", TestName = "Products_BodyNotAnObject_ValidationError")]
    [TestCase("""{"limit":10,"page":99}""", 200, "200042000", TestName = "Products_PageBeyondTheLast_EmptyData")]
    public async Task Products_Body_AnswersTheDocumentedCode(string body, int expectedStatus, string expectedCode)
    {
        await using var factory = new EmulatorFactory();
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);

        var (status, answer) = await api.SendAsync(HttpMethod.Post, "products", body);

        status.Should().Be(expectedStatus, answer.ToJsonString());
        answer["response_code"]!.GetValue<string>().Should().Be(expectedCode);
    }

    [Test]
    public async Task Inquiry_DocumentedPlnSample_NameAndPowerOfTheFixtureCustomer()
    {
        await using var factory = new EmulatorFactory();
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);

        var (status, body) = await api.SendAsync(HttpMethod.Post, "products/inquiry",
            """{"msidn":"01105691111","amount":"20500","product_code":"PLN20","selling_price":"21000","value":"01105691111","partner_reference_id":"42323-42234-44226-96273"}""");

        status.Should().Be(200);
        body.ToJsonString().Should().Be(
            """{"response_code":"200022000","response_message":"Sukses","data":{"product_code":"PLN20","price":"20546","value":"01105691111","customer_name":"BAHARRUDIN1","power_capacity":"R1/2200VA"}}""");
    }

    [Test]
    public async Task Inquiry_ThroughTheReferenceClient_TypedData()
    {
        await using var factory = new EmulatorFactory();
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);

        var result = await api.Client.InquireAsync(new ProductInquiryRequest
        {
            Msidn = "0817345544", Amount = "20000", ProductCode = "DNOPEN", SellingPrice = "21000", Value = "0817345544", PartnerReferenceId = "21312315433453533",
        });

        result.Data.Should().Be(new InquiryData { ProductCode = "DNOPEN", Price = "20080", Value = "0817345544", CustomerName = "DNID nX", PowerCapacity = "" });
    }

    [Test]
    public async Task Inquiry_CustomerWithFailure_404CustomerNotFoundAndTheJournalNamesTheReason()
    {
        await using var factory = new EmulatorFactory();
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);

        var (status, body) = await api.SendAsync(HttpMethod.Post, "products/inquiry",
            """{"msidn":"01105601111","amount":"","product_code":"PLN20","selling_price":"21000","value":"01105601111","partner_reference_id":"r1"}""");

        status.Should().Be(404);
        body.ToJsonString().Should().Be("""{"response_code":"404027002","response_message":"No Customer tidak ditemukan","data":null}""");
        factory.Get<RequestJournal>().Snapshot().Single(e => e.Operation == "open-api/products/inquiry").Diagnosis.Should().Contain("CUSTID not recognized. Biller throws exception. Err:5110");
    }

    [Test]
    public async Task Inquiry_ScenarioInquiryFailure_AppliesAsOnTheStringInterface()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus(("test-scenarios.yaml", Rules));
        await using var factory = EmulatorFactory.On(fixtures);
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);

        var (status, body) = await api.SendAsync(HttpMethod.Post, "products/inquiry",
            """{"msidn":"52120000001","amount":"","product_code":"PLN20","selling_price":"21000","value":"52120000001","partner_reference_id":"r1"}""");

        status.Should().Be(404);
        body["response_code"]!.GetValue<string>().Should().Be("404027002");
    }

    [TestCase("""{"msidn":"1","amount":"","product_code":"NOPE","selling_price":"1","value":"081234567890","partner_reference_id":"r"}""", 404, "404027003", TestName = "Inquiry_UnknownProduct_ProductNotFound")]
    [TestCase("""{"msidn":"1","amount":"","product_code":"OVO10","selling_price":"1","value":"12","partner_reference_id":"r"}""", 404, "404027011", TestName = "Inquiry_DestinationOfTheWrongShape_WrongCustomerNumber")]
    [TestCase("""{"msidn":"1","amount":"","product_code":"OVO10","selling_price":"1","value":"","partner_reference_id":"r"}""", 400, "400026512", TestName = "Inquiry_NoValue_FieldEmpty")]
    [TestCase("""{"msidn":"1","amount":"","product_code":"OVO10","selling_price":"1","value":"081234567890","partner_reference_id":""}""", 400, "400026512", TestName = "Inquiry_NoReference_FieldEmpty")]
    [TestCase("""{"product_code":7}""", 400, "400026510", TestName = "Inquiry_FieldOfTheWrongType_ValidationError")]
    [TestCase("""null""", 400, "400026510", TestName = "Inquiry_NullBody_ValidationError")]
    public async Task Inquiry_Refused_TheDocumentedCode(string body, int expectedStatus, string expectedCode)
    {
        await using var factory = new EmulatorFactory();
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);

        var (status, answer) = await api.SendAsync(HttpMethod.Post, "products/inquiry", body);

        status.Should().Be(expectedStatus, answer.ToJsonString());
        answer["response_code"]!.GetValue<string>().Should().Be(expectedCode);
        answer["data"].Should().BeNull();
    }

    [TestCase("""{"account_number":"514040400482","product_code":"NOPE"}""", 404, "404027003", "Produk tidak ditemukan", TestName = "InquiryPostpaid_UnknownProduct_ProductNotFound")]
    [TestCase("""{"account_number":"12","product_code":"POSTPAIDPLN"}""", 404, "404027011", "No pelanggan salah, pastikan nomor yang diinput sesuai", TestName = "InquiryPostpaid_AccountOfTheWrongShape_WrongCustomerNumber")]
    [TestCase("""{"account_number":"514040409982","product_code":"POSTPAIDPLN"}""", 404, "404027002", "No Customer tidak ditemukan", TestName = "InquiryPostpaid_MagicNotFound_CustomerNotFound")]
    [TestCase("""{"account_number":"547010009984","product_code":"RBKREDITBAF"}""", 404, "404027012", "Angsuran terakhir, silahkan kunjungi kantor cabang", TestName = "InquiryPostpaid_MagicLastInstalment_LastInstalment")]
    [TestCase("""{"account_number":"8888801433177155","product_code":"RBASRBPJSKSH"}""", 400, "400026512", "Field tidak boleh kosong", TestName = "InquiryPostpaid_BpjsWithoutPeriod_FieldEmpty")]
    [TestCase("""{"account_number":"8888801433177155","period":"13","product_code":"RBASRBPJSKSH"}""", 400, "400026510", "Validasi Error", TestName = "InquiryPostpaid_BpjsPeriodAboveTheCap_ValidationError")]
    [TestCase("""{"account_number":"01105691111","product_code":"PLN20"}""", 404, "404027003", "Produk tidak ditemukan", TestName = "InquiryPostpaid_PrepaidProduct_ProductNotFound")]
    [TestCase("""{"account_number":"","product_code":"POSTPAIDPLN"}""", 400, "400026512", "Field tidak boleh kosong", TestName = "InquiryPostpaid_NoAccountNumber_FieldEmpty")]
    [TestCase("""{"account_number":1,"product_code":"POSTPAIDPLN"}""", 400, "400026510", "Validasi Error", TestName = "InquiryPostpaid_NumberAccount_ValidationError")]
    public async Task InquiryPostpaid_Body_TheDocumentedCode(string body, int expectedStatus, string expectedCode, string expectedMessage)
    {
        await using var factory = new EmulatorFactory();
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory, http);

        var (status, answer) = await api.SendAsync(HttpMethod.Post, "transactions/inquiry-postpaid", body);

        status.Should().Be(expectedStatus);
        answer.ToJsonString().Should().Be($$"""{"response_code":"{{expectedCode}}","response_message":"{{expectedMessage}}","data":null}""");
    }

    [Test]
    public async Task Products_NoToken_TokenInvalidBeforeAnyBodyCheck()
    {
        await using var factory = new EmulatorFactory();
        using var http = factory.CreateClient();
        await OpenApiCaller.StartAsync(factory, http);

        using var response = await http.PostAsync(OpenApiCaller.Prefix + "products", new StringContent("{}"));

        ((int)response.StatusCode).Should().Be(401);
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["response_code"]!.GetValue<string>().Should().Be("401016500");
    }
}
