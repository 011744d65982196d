using Klikoo.Emulator.Commands;
using Klikoo.Emulator.Fixtures;

namespace Klikoo.Emulator.Tests.Commands;

public sealed class ImportProductsCommandTests
{
    // The emulator's own price list body (docs/open-api.md#assumed-not-documented-by-klikoo), prices in the three
    // forms Klikoo writes rupiah, a name with the characters YAML cares about, and one product of each kind not imported.
    private const string SampleList = """
        {
          "response_code": "200042000",
          "response_message": "Sukses",
          "meta": { "current_page": 1, "previous_page": 0, "next_page": 0, "total_pages": 1, "total_rows": 8, "per_page": 10 },
          "data": [
            { "code": "OVO25", "name": "OVO 25.000", "category": "emoney", "enable": true, "agent_price": 25100, "updated_at": "2024-11-12T05:32:55Z", "success_rate": 100, "time_rate": 0 },
            { "code": "DANA30", "name": "DANA 30.000", "category": "emoney", "enable": true, "agent_price": "30.178" },
            { "code": "PLN25", "name": "PLN 25.000 \"token\": #1 ☀", "category": "plnprepaid", "enable": true, "agent_price": "25546" },
            { "code": "MAX7", "name": "Maxim 7.000", "category": "maxim", "enable": true, "agent_price": 9205 },
            { "code": "PGAS1", "name": "PGAS Kota", "category": "pgas", "enable": true, "agent_price": 2500 },
            { "code": "DNOPEN", "name": "DANA open", "category": "emoney", "enable": true, "agent_price": 80 },
            { "code": "GOPAY5", "name": "GOPAY 5.000", "category": "emoney", "enable": false, "agent_price": 5100 },
            { "code": "XX10", "name": "Pulsa 10rb", "category": "pulsa", "enable": true, "agent_price": 10100 }
          ]
        }
        """;

    [Test]
    public void Run_SampleList_WritesSortedEntriesWithNamesAsComments()
    {
        using var folder = new TemporaryFixtures(("list.json", SampleList));

        var (code, output, error) = Run(folder, "list.json", "--out", "products.yaml");

        using var scope = new FluentAssertions.Execution.AssertionScope();
        code.Should().Be(0, error);
        File.ReadAllText(Path.Combine(folder.Path, "products.yaml")).Should().Be("""
            # Imported by klikoo-emulator import-products from list.json: 4 product(s).
            # Families come from each product's category and its code or name (docs/fixtures.md#import-a-price-list);
            # price is the list's agent_price in rupiah, and the comment after an entry the product's name there.
            products:
              - { code: PLN25, family: pln, price: 25546 }              # PLN 25.000 "token": #1 ☀
              - { code: OVO25, family: ovo, price: 25100 }              # OVO 25.000
              - { code: DANA30, family: dana, price: 30178 }            # DANA 30.000
              - { code: MAX7, family: maxim, price: 9205 }              # Maxim 7.000

            """.ReplaceLineEndings("\n"));
        output.Should().Be($"4 product(s) written to products.yaml (pln 1, ovo 1, dana 1, maxim 1); 4 not imported (listed above).{Environment.NewLine}");
        Lines(error).Should().Equal(
            $"{folder.Path}/list.json:10:15: not imported: PGAS1 \"PGAS Kota\" (pgas): no family for category 'pgas' (families exist for plnprepaid, maxim, emoney, pulsa, data, games, plnpostpaid, pdam, bpjs, internet, telepon, multifinance)",
            $"{folder.Path}/list.json:11:15: not imported: DNOPEN \"DANA open\" (emoney): an open denomination: the price list gives its fee but not its min and max; add it by hand as open: {{ fee, min, max }}",
            $"{folder.Path}/list.json:12:15: not imported: GOPAY5 \"GOPAY 5.000\" (emoney): disabled at Klikoo (enable: false)",
            $"{folder.Path}/list.json:13:15: not imported: XX10 \"Pulsa 10rb\" (pulsa): neither code nor name names a pulsa family (telkomsel, indosat, xl, axis, tri, smartfren); choose with --family XX10=<family>");
    }

    [Test]
    public async Task Run_SampleList_TheEmulatorServesTheImportedProductsBesideTheShippedOnes()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus(("list.json", SampleList));
        Run(fixtures, "list.json", "--out", "imported.yaml").Code.Should().Be(0);
        File.Delete(Path.Combine(fixtures.Path, "list.json"));
        FixtureValidator.ValidateFolder(fixtures.Path).Errors.Should().BeEmpty();

        await using var factory = EmulatorFactory.On(fixtures);
        using var client = factory.CreateClient();
        var bought = await client.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy("OVO25", "081234567890", "imp1")}");
        var inquiry = await client.GetStringAsync($"/v1/irs/inquiry?{IrsQuery.Sample("PLN25", "01105691111")}");

        bought.Should().StartWith("R#imp1 OVO25. 081234567890 SUCCESS.").And.Contain(" - 25.100 = ");
        inquiry.Should().StartWith("R#PLN25. PRICE: 25546. CUSTNUM: 01105691111. CUSTNAME: BAHARRUDIN1.");
    }

    [Test]
    public void Run_FamilyOption_MapsWhatTheTableCannot()
    {
        using var folder = new TemporaryFixtures(("list.json", SampleList));

        var (code, _, error) = Run(folder, "list.json", "--out", "products.yaml", "--family", "XX=tri", "--family", "pgas=pln");

        code.Should().Be(0, error);
        var yaml = File.ReadAllText(Path.Combine(folder.Path, "products.yaml"));
        yaml.Should().Contain("  - { code: PGAS1, family: pln, price: 2500 }").And.Contain("  - { code: XX10, family: tri, price: 10100 }");
        error.Should().NotContain("PGAS1").And.NotContain("XX10");
    }

    [TestCase("not json", 1, 2, "not valid JSON: 'not json' is an invalid JSON literal. Expected the literal 'null'.")]
    [TestCase("{\"response_code\":\"200042000\",\"data\":[{\"code\":\"A1\",}]}", 1, 51, "not valid JSON: The JSON object contains a trailing comma at the end which is not supported in this mode.")]
    [TestCase("{\"response_code\":\"200042000\",\n \"data\": [ {\"code\": \"A1\", \"category\": \"emoney\", \"agent_price\": 1}\n", 3, 1, "not valid JSON: Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed.")]
    [TestCase("[{\"code\":\"OVO10\"}]", 1, 2, "not a POST products response: no 'response_code' and no 'data' (expected {\"response_code\":\"200042000\",\"response_message\":\"Sukses\",\"data\":[...]})")]
    [TestCase("{\"response_code\":\"401016500\",\"response_message\":\"Token tidak sesuai\",\"data\":null}", 1, 18, "response_code '401016500' (Token tidak sesuai) is a refusal, not a price list; save a successful response")]
    [TestCase("{\"response_code\":\"200042000\",\"data\":{\"code\":\"A1\"}}", 1, 37, "'data' must be the array of products, not an object")]
    [TestCase("{\"response_code\":\"200042000\",\"data\":[\n  {\"code\":\"OVO25\",\"category\":\"emoney\",\"agent_price\":\"Rp 25.100\"}]}", 2, 53, "'agent_price' must be whole rupiah, as 10100, \"10100\" or \"10.100\", not \"Rp 25.100\"")]
    [TestCase("{\"response_code\":\"200042000\",\"data\":[\n  {\"code\":\"OVO25\",\"category\":\"emoney\",\"agent_price\":25100.5}]}", 2, 53, "'agent_price' must be whole rupiah, as 10100, \"10100\" or \"10.100\", not the number 25100.5")]
    [TestCase("{\"response_code\":\"200042000\",\"data\":[\n  {\"code\":\"OVO25\",\"category\":\"emoney\",\"agent_price\":\"0\"}]}", 2, 53, "'agent_price' must be from 1 to 999999999999999 rupiah, not \"0\"")]
    [TestCase("{\"response_code\":\"200042000\",\"data\":[\n  {\"code\":\"OVO25\",\"category\":\"emoney\"}]}", 2, 3, "this product has no 'agent_price'")]
    [TestCase("{\"response_code\":\"200042000\",\"data\":[\n  {\"code\":\"OVO25\",\"category\":\"emoney\",\"agent_price\":1},\n  {\"code\":\"OVO25\",\"category\":\"emoney\",\"agent_price\":2}]}", 3, 11, "product code 'OVO25' again; the first is at line 2, column 11")]
    public void Run_MalformedList_LocatedErrorAndNothingWritten(string json, int line, int column, string message)
    {
        using var folder = new TemporaryFixtures(("list.json", json));

        var (code, output, error) = Run(folder, "list.json", "--out", "products.yaml");

        code.Should().Be(1);
        output.Should().BeEmpty();
        Lines(error).Should().Equal($"{folder.Path}/list.json:{line}:{column}: {message}", $"1 error(s) in {folder.Path}/list.json; nothing written.");
        Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName).Should().Equal("list.json");
    }

    [Test]
    public void Run_MalformedListOverAnExistingFile_LeavesItUntouched()
    {
        const string Existing = "products:\n  - { code: OVO10, family: ovo, price: 10100 }\n";
        using var folder = new TemporaryFixtures(("list.json", SampleList.Replace("\"agent_price\": 25100", "\"agent_price\": true", StringComparison.Ordinal)), ("products.yaml", Existing));

        var (code, _, error) = Run(folder, "list.json", "--out", "products.yaml");

        code.Should().Be(1);
        Lines(error)[0].Should().Be($"{folder.Path}/list.json:6:99: 'agent_price' must be whole rupiah, as 10100, \"10100\" or \"10.100\", not true");
        File.ReadAllText(Path.Combine(folder.Path, "products.yaml")).Should().Be(Existing);
        Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName).Order().Should().Equal("list.json", "products.yaml");
    }

    [Test]
    public void Run_NothingFitsAFamily_ExitOneAndNothingWritten()
    {
        using var folder = new TemporaryFixtures(("list.json", """{"response_code":"200042000","data":[{"code":"PGAS1","category":"pgas","agent_price":1}]}"""));

        var (code, _, error) = Run(folder, "list.json", "--out", "products.yaml");

        code.Should().Be(1);
        Lines(error)[^1].Should().Be($"nothing written: none of the 1 product(s) in {folder.Path}/list.json could be imported.");
        File.Exists(Path.Combine(folder.Path, "products.yaml")).Should().BeFalse();
    }

    [TestCase("")]
    [TestCase("list.json")]
    [TestCase("--out x.yaml")]
    [TestCase("list.json --out x.yaml --family pulsa")]
    [TestCase("list.json --out x.yaml --family =tri")]
    [TestCase("list.json --out x.yaml extra")]
    [TestCase("list.json --out x.yaml --out y.yaml")]
    public void Run_BadArguments_ExitTwoSayingHow(string arguments)
    {
        var error = new StringWriter();

        ImportProductsCommand.Run(arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries), new StringWriter(), error).Should().Be(2);
        error.ToString().Should().MatchRegex("^(usage: import-products|--family )");
    }

    [Test]
    public void Run_UnknownFamily_NamesTheNearest()
    {
        var error = new StringWriter();

        ImportProductsCommand.Run(["list.json", "--out", "x.yaml", "--family", "pulsa=telkomsell"], new StringWriter(), error);

        error.ToString().Should().StartWith("--family pulsa=...: unknown family 'telkomsell'; did you mean telkomsel?");
    }

    [Test]
    public void Check_AFamilyOfTheCatalogue_KnownToEveryFixturesFolder()
    {
        var rows = new[] { (new PriceListRow("S10", "S10 Tsel 10.000", "pulsa", 10150, true, 1, 1), "telkomsel") };

        ImportProductsCommand.Check("p.yaml", ProductsYaml.Write("l.json", rows)).Should().BeEmpty();
        FixtureValidator.Validate([new FixtureFile("p.yaml", ProductsYaml.Write("l.json", rows))]).IsValid
            .Should().BeTrue("telkomsel is a standard family: the file validates in a folder that declares no family");
    }

    private static (int Code, string Output, string Error) Run(TemporaryFixtures folder, params string[] arguments)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var absolute = arguments.Select((a, i) => i == 0 || (i > 0 && arguments[i - 1] == "--out") ? Path.Combine(folder.Path, a) : a).ToArray();
        var code = ImportProductsCommand.Run(absolute, output, error);
        return (code, output.ToString().Replace(folder.Path + "/", "", StringComparison.Ordinal), error.ToString());
    }

    private static string[] Lines(string text) => text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
}
