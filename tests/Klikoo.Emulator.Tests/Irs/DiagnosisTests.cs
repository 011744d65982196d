using System.Text.Json;
using FluentAssertions.Execution;
using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Irs;
using Klikoo.Emulator.Orders;

namespace Klikoo.Emulator.Tests.Irs;

/// <summary>
/// The journal says which check refused a request (the reply keeps Klikoo's exact line), and never shows the
/// secret or pin that was sent or expected.
/// </summary>
public sealed class DiagnosisTests
{
    private const string WrongSecret = "wrong-secret-x";
    private const string WrongPin = "777555";

    public static IEnumerable<TestCaseData> Rejections()
    {
        var ovo = IrsQuery.Sample("OVO10", "081234567890");
        var dnopen = IrsQuery.Sample("DNOPEN", "081234567890", amount: "20000");
        yield return Case("unknown client_id: no such client in the fixtures' clients file", ovo.With("client_id", "nobody"));
        yield return Case("client_secret does not match client c17229eb...", ovo.With("client_secret", WrongSecret));
        yield return Case("pin does not match client c17229eb...", ovo.With("pin", WrongPin));
        yield return Case("client_secret and pin do not match client c17229eb...", ovo.With("client_secret", WrongSecret).With("pin", WrongPin));
        yield return Case("client_secret is missing or empty", ovo.With("client_secret", ""));
        yield return Case("pin is missing or empty", ovo.Without("pin"));
        yield return Case("to is missing or empty", ovo.Without("to"));
        yield return Case("parameter pin sent more than once", ovo.Add("pin", WrongPin));
        yield return Case("product 'XYZ' not in the catalogue", ovo.With("product_code", "XYZ"));
        yield return Case("amount is required for DNOPEN (open denomination)", dnopen.Without("amount"));
        yield return Case("amount must be digits only (no sign, separator or decimals)", dnopen.With("amount", "20.000"));
        yield return Case("amount below DNOPEN minimum 10000", dnopen.With("amount", "9999"));
        yield return Case("amount above DNOPEN maximum 10000000", dnopen.With("amount", "10000001"));
        yield return Case("amount above DNOPEN maximum 10000000", dnopen.With("amount", "1234567890123456"));
        yield return Case("amount has more than 15 digits", ovo.With("amount", "1234567890123456"));
        yield return Case("selling_price must be digits only, at most 15", ovo.With("selling_price", "-1"));
        yield return Case("destination '0812' is not a valid phone number for OVO10 (08..., 10-13 digits; pattern 08[0-9]{8,11})", ovo.With("to", "0812"));
        yield return Case("destination '123' is not a valid PLN meter number or customer id for PLN20 (11-12 digits; pattern [0-9]{11,12})", IrsQuery.Sample("PLN20", "123"));
        yield return Case("destination '1234' is not a valid Maxim driver id for MXD17 (5-12 digits; pattern [0-9]{5,12})", IrsQuery.Sample("MXD17", "1234"));
        yield return Case("ref_id must be 1 to 64 letters, digits, '-' or '_'", ovo.With("ref_id", "a b"));
    }

    [TestCaseSource(nameof(Rejections))]
    public async Task Inquiry_Rejected_JournalNamesTheCheck(IrsQuery query, string expected)
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();

        var reply = await client.GetStringAsync($"/v1/irs/inquiry?{query}");

        var entry = await LatestEntryAsync(client);
        using (new AssertionScope())
        {
            Diagnosis(entry).Should().Be(expected);
            InquiryFailureLine.TryParse(reply, out _).Should().BeTrue(reply);
            ShouldShowNoCredential(entry);
        }
    }

    [TestCaseSource(nameof(Rejections))]
    public async Task Buy_Rejected_JournalNamesTheCheck(IrsQuery query, string expected)
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();

        var reply = await client.GetStringAsync($"/v1/irs/buy?{query}");

        var entry = await LatestEntryAsync(client);
        using (new AssertionScope())
        {
            Diagnosis(entry).Should().Be(expected);
            RejectedLine.TryParse(reply, out _).Should().BeTrue(reply);
            ShouldShowNoCredential(entry);
        }
    }

    [Test]
    public async Task Journal_WrongPinWrongSecretUnknownClient_ThreeDifferentDiagnosesWithoutTheValues()
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();
        // Not 081234567890: it contains the sample pin 123456.
        var sample = IrsQuery.Sample("OVO10", "081299887766");

        var replies = new[]
        {
            await client.GetStringAsync($"/v1/irs/inquiry?{sample.With("pin", WrongPin)}"),
            await client.GetStringAsync($"/v1/irs/inquiry?{sample.With("client_secret", WrongSecret)}"),
            await client.GetStringAsync($"/v1/irs/inquiry?{sample.With("client_id", "c17229eb-0000-0000-0000-000000000000")}"),
        };
        var json = await client.GetStringAsync("/__admin/journal");

        using (new AssertionScope())
        {
            replies.Select(r => InquiryFailureLine.Parse(r).Reason).Should().AllBe("Kredensial tidak sesuai", "the reply stays Klikoo's");
            JsonDocument.Parse(json).RootElement.EnumerateArray().Select(Diagnosis).Should().Equal(
                "unknown client_id: no such client in the fixtures' clients file",
                "client_secret does not match client c17229eb...",
                "pin does not match client c17229eb...");
            json.Should().NotContain(WrongPin).And.NotContain(WrongSecret).And.NotContain(IrsQuery.ClientSecret).And.NotContain(IrsQuery.Pin);
        }
    }

    [Test]
    public async Task Journal_Success_NoDiagnosis()
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();

        await client.GetStringAsync($"/v1/irs/inquiry?{IrsQuery.Sample("OVO10", "081234567890")}");
        await client.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234567890", "d1")}");
        await client.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234567890", "d1")}");

        var entries = JsonDocument.Parse(await client.GetStringAsync("/__admin/journal")).RootElement.EnumerateArray().ToList();
        entries.Should().HaveCount(3);
        entries.Select(Diagnosis).Should().AllSatisfy(d => d.Should().BeNull());
    }

    [TestCase("081234567891", "", "ref_id already used for another product, destination or amount (OVO10 to 081234567890)")]
    [TestCase("081234567890", "5000", "ref_id already used for another product, destination or amount (OVO10 to 081234567890)")]
    public async Task Buy_RefIdUsedForAnotherRequest_Diagnosed(string to, string amount, string expected)
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();
        await client.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234567890", "d2")}");

        var reply = await client.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy("OVO10", to, "d2", amount)}");

        RejectedLine.Parse(reply).Reason.Should().Be("ReferenceNo sudah digunakan, silahkan gunakan reference_no yang lain");
        Diagnosis(await LatestEntryAsync(client)).Should().Be(expected);
    }

    [Test]
    public async Task Buy_UnsupportedMethod_Diagnosed()
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();

        await client.PutAsync($"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234567890", "d3")}", null);

        Diagnosis(await LatestEntryAsync(client)).Should().Be("method PUT not supported: use GET or POST");
    }

    [Test]
    public async Task Buy_RefIdOfAForgottenTransaction_Diagnosed()
    {
        await using var factory = new EmulatorFactory(settings: new Dictionary<string, string?> { ["Klikoo:Transactions:Capacity"] = "1" });
        using var client = factory.CreateClient();
        await client.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234567890", "old")}");
        await client.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234567890", "new")}");

        await client.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234567890", "old")}");

        Diagnosis(await LatestEntryAsync(client)).Should().Be(
            "ref_id belongs to a transaction forgotten to bound memory (Klikoo:Transactions:Capacity): send a new ref_id");
    }

    [Test]
    public async Task Inquiry_UnreadableFormBody_Diagnosed()
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();
        // A key past the form reader's 2048-character limit (in process there is no Kestrel body size limit).
        using var body = new StringContent(new string('k', 3000) + "=1", System.Text.Encoding.ASCII, "application/x-www-form-urlencoded");

        await client.PostAsync("/v1/irs/inquiry", body);

        Diagnosis(await LatestEntryAsync(client)).Should().Be("form body could not be read (over 1 MiB, or malformed)");
    }

    [Test]
    public void Describe_EveryCause_HasItsOwnWords()
    {
        var request = new Emulator.Irs.IrsRequest(IrsQuery.ClientId, "s", "1", "p", "OVO10", "r1", "0812", "1", "1") { Problem = "Validasi Error: x" };
        var product = new Emulator.Products.Product("DNOPEN", Emulator.Fixtures.StandardFamilies.Table["dana"], 0, new(80, 10_000, 10_000_000), Emulator.Products.DestinationRules.Phone, null);
        var causes = Enum.GetValues<RejectionCause>().Where(c => c != RejectionCause.None).ToList();

        var words = causes.Select(c => IrsDiagnosis.Describe(new Diagnosis(c, product, "081234567890", 20_000), request, "PUT")).ToList();

        words.Should().OnlyHaveUniqueItems().And.AllSatisfy(w => w.Should().NotBeNullOrWhiteSpace().And.NotContain("RejectionCause"));
        words.Should().NotContain(w => causes.Any(c => w == c.ToString()), "every cause is put into words, not just named");
        IrsDiagnosis.Describe(new Diagnosis(RejectionCause.None), request, "GET").Should().BeNull();
    }

    // One validator and one rejection for both interfaces: the words name the fields as the caller sent them, so the
    // Open API's diagnosis says partner_reference_id and value where the string interface says ref_id and to.
    [Test]
    public void Describe_OrderCauses_NameEachInterfacesOwnFields()
    {
        var order = new OrderRequest("DNOPEN", "0812", "r1", "1", "x");
        var product = new Emulator.Products.Product("DNOPEN", Emulator.Fixtures.StandardFamilies.Table["dana"], 0, new(80, 10_000, 10_000_000), Emulator.Products.DestinationRules.Phone, null);
        var causes = Enum.GetValues<RejectionCause>().Where(c => new Diagnosis(c).Describe(order, OrderFields.OpenApi) is not null).ToList();

        using var scope = new FluentAssertions.Execution.AssertionScope();
        causes.Should().Contain([RejectionCause.RefIdInvalid, RejectionCause.RefIdUsed, RejectionCause.RefIdForgotten, RejectionCause.AmountNotDigits]);
        foreach (var cause in causes)
        {
            var diagnosis = new Diagnosis(cause, product, "081234567890", 20_000);
            var openApi = diagnosis.Describe(order, OrderFields.OpenApi)!;
            var stringInterface = diagnosis.Describe(order, OrderFields.StringInterface)!;
            openApi.Should().NotContain("ref_id", cause.ToString());
            openApi.Replace("partner_reference_id", "ref_id", StringComparison.Ordinal).Should().Be(stringInterface, cause.ToString());
        }
    }

    [TestCase(IrsQuery.ClientSecret)]
    [TestCase(IrsQuery.Pin)]
    public async Task Journal_SecretOrPinSentAsClientId_MaskedAndDiagnosedAsSwapped(string sent)
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();

        await client.GetStringAsync($"/v1/irs/inquiry?{IrsQuery.Sample("OVO10", "081299887766").With("client_id", sent)}");

        var json = await client.GetStringAsync("/__admin/journal");
        var entry = JsonDocument.Parse(json).RootElement[0];
        using (new AssertionScope())
        {
            Diagnosis(entry).Should().Be("unknown client_id: it is a client's client_secret or pin (fields swapped?)");
            entry.GetProperty("clientId").GetString().Should().Be("***");
            json.Should().NotContain(sent);
        }
    }

    private static TestCaseData Case(string diagnosis, IrsQuery query) => new TestCaseData(query, diagnosis).SetArgDisplayNames(diagnosis);

    private static async Task<JsonElement> LatestEntryAsync(HttpClient client) =>
        JsonDocument.Parse(await client.GetStringAsync("/__admin/journal?limit=1")).RootElement.EnumerateArray().Single();

    private static string? Diagnosis(JsonElement entry) =>
        entry.TryGetProperty("diagnosis", out var diagnosis) && diagnosis.ValueKind == JsonValueKind.String ? diagnosis.GetString() : null;

    // The sample pin 123456 is inside the sample destinations, so only the diagnosis is checked for it here;
    // DiagnosisPropertyTests uses pins that cannot occur by chance.
    private static void ShouldShowNoCredential(JsonElement entry)
    {
        entry.GetRawText().Should().NotContain(WrongSecret).And.NotContain(WrongPin).And.NotContain(IrsQuery.ClientSecret);
        Diagnosis(entry).Should().NotContain(IrsQuery.Pin);
    }
}
