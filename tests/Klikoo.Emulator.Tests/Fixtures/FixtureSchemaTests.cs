using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using Klikoo.Emulator.Fixtures;
using YamlDotNet.RepresentationModel;

namespace Klikoo.Emulator.Tests.Fixtures;

/// <summary>The JSON Schema editors use and the emulator's checks agree.</summary>
public sealed partial class FixtureSchemaTests
{
    private static readonly string SchemaFolder = Path.Combine(RepositoryPaths.Fixtures, "schema");

    [TestCaseSource(typeof(RepositoryPaths), nameof(RepositoryPaths.ShippedFixtureFiles))]
    public void ShippedFile_NamesItsKindsSchema_WhichAcceptsIt(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, file));
        var reference = SchemaComment().Match(text);

        reference.Success.Should().BeTrue($"{file} should start with '# yaml-language-server: $schema=...' so editors check it");
        var schemaPath = Path.GetFullPath(Path.Combine(RepositoryPaths.Fixtures, Path.GetDirectoryName(file)!, reference.Groups["path"].Value));
        var options = WithMainSchema(OutputFormat.List);
        var results = JsonSchema.FromFile(schemaPath).Evaluate(ToJson(text), options);

        results.IsValid.Should().BeTrue(string.Join("; ", results.Details.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Test]
    public void ProductsSchema_RejectsAnotherSection()
    {
        var results = JsonSchema.FromFile(Path.Combine(SchemaFolder, "products.schema.json"))
            .Evaluate(ToJson("clients:\n  - { id: a, secret: b, pin: '1', balance: 1 }\n"), WithMainSchema(OutputFormat.Flag));

        results.IsValid.Should().BeFalse();
    }

    [TestCase("products:\n  - { code: PLN20, family: PLN, price: 1 }\n", 2, 28, "'family' must be one of pln, ovo, gopay, dana, maxim, telkomsel, indosat, xl, axis, tri, smartfren, telkomsel-data, indosat-data, xl-data, mobile-legends, free-fire, shopeepay, linkaja, pln-postpaid, pdam, bpjs, internet-tv, phone-postpaid, multifinance, not 'PLN'")]
    [TestCase("customers:\n  - { to: '0812', family: ovo, name: true }\n", 2, 38, "'name' must be text, not the YAML boolean true; quote it: \"true\"")]
    [TestCase("customers:\n  - { to: '0812', family: ovo, name: 7 }\n", 2, 38, "'name' must be text, not the YAML number 7; quote it: \"7\"")]
    [TestCase("customers:\n  - { to: '0812', family: ovo, name: }\n", 2, 38, "'name' must not be empty")]
    [TestCase("scenarios:\n  - { name: a, fault: { drop: 'true' } }\n", 2, 31, "'drop' must be true or false (unquoted), not 'true'")]
    public void Validate_WhatOnlyTheSchemaOnceSaw_IsReportedByTheChecksAtItsPosition(string yaml, int line, int column, string message)
    {
        // Once seen only by the schema (YAML types, exact enum case); the generated agreement tests found them.
        var result = FixtureValidator.Validate([new FixtureFile("x.yaml", yaml)]);

        result.Errors.Should().ContainEquivalentOf(new { File = "x.yaml", Line = line, Column = column, Message = message });
    }

    [TestCase("products:\n  - { code: PLN20, family: pln, price: 20546, prce: 1 }\n")]
    [TestCase("products:\n  - { code: PLN20, family: pln }\n")]
    [TestCase("products:\n  - { code: PLN20, family: pln, price: 20.546 }\n")]
    [TestCase("products:\n  - { code: PLN20, family: pln, price: -1 }\n")]
    [TestCase("products:\n  - { code: PLN20, family: Electricity, price: 1 }\n")]
    [TestCase("families:\n  - { name: tsel, category: pulsa, destination: { pattern: '08[0-9]+' }, customerName: none, serial: { digits: 16 } }\n")]
    [TestCase("families:\n  - { name: tsel, category: pulsa, destination: phone, customerName: none, serial: { digits: 16 }, generatedName: full-name }\n")]
    [TestCase("families:\n  - { name: Tsel, category: pulsa, destination: phone, customerName: plain, serial: pln-token }\n")]
    [TestCase("families:\n  - { name: tsel, category: pulsa, destination: phone, customerName: plain, serial: { digits: 0 } }\n")]
    [TestCase("families:\n  - { name: tsel, category: pulsa, destination: phone, customerName: plain }\n")]
    [TestCase("products:\n  - { code: pln 20, family: pln, price: 1 }\n")]
    [TestCase("products:\n  - { code: DNOPEN, family: dana, price: 5, open: { fee: 80, min: 1, max: 2 } }\n")]
    [TestCase("products: { code: PLN20 }\n")]
    [TestCase("product:\n  - { code: PLN20 }\n")]
    [TestCase("customers:\n  - { to: '01105691111', family: pln }\n")]
    [TestCase("customers:\n  - { to: '01105691111', family: pln, name: X, power: 2200 }\n")]
    [TestCase("clients:\n  - { id: a, secret: b, pin: '1', balance: 1, callback: 'http://x/report' }\n")]
    [TestCase("clients:\n  - { id: c, pin: '1', balance: -5 }\n")]
    [TestCase("scenarios:\n  - { name: a, buy: { result: maybe } }\n")]
    [TestCase("scenarios:\n  - { name: a }\n")]
    [TestCase("scenarios:\n  - { name: a, match: { to: { starts: '08' } }, buy: { result: success } }\n")]
    public void Schema_RejectsWhatTheValidatorRejects(string yaml)
    {
        FixtureValidator.Validate([new FixtureFile("x.yaml", yaml)]).IsValid.Should().BeFalse();
        var errors = new FixtureErrors();
        var root = Parse(yaml);

        FixtureSchema.Check(new FixtureReadContext("x.yaml", errors), root);

        errors.Sorted().Should().NotBeEmpty("editors using the schema should flag what the validator flags");
    }

    // The per-kind schemas refer to fixtures.schema.json beside them, as editors resolve it.
    private static EvaluationOptions WithMainSchema(OutputFormat format)
    {
        var options = new EvaluationOptions { OutputFormat = format };
        options.SchemaRegistry.Register(JsonSchema.FromFile(Path.Combine(SchemaFolder, "fixtures.schema.json")));
        return options;
    }

    [Test]
    public void Schema_ValidEntryBesideAnInvalidOne_StillReportsTheInvalidOne()
    {
        var errors = new FixtureErrors();
        var yaml = "customers:\n  - { to: '01105691111', family: pln, name: A }\n  - { to: '01105691112', family: pln }\n";

        FixtureSchema.Check(new FixtureReadContext("x.yaml", errors), Parse(yaml));

        errors.Sorted().Should().ContainSingle().Which.Should().BeEquivalentTo(new { Line = 3, Column = 5 });
    }

    [Test]
    public void Schema_FamiliesShowingAName_OnlyTheWrongGeneratedNameReported()
    {
        // An 'if' that does not hold chooses 'else'; it is not an error of the file, even in a file with one.
        var errors = new FixtureErrors();
        var yaml = "families:\n  - { name: tsel, category: pulsa, destination: phone, customerName: masked, serial: { digits: 16 } }\n" +
            "  - { name: isat, category: pulsa, destination: phone, customerName: plain, serial: { digits: 16 }, generatedName: none }\n";

        FixtureSchema.Check(new FixtureReadContext("x.yaml", errors), Parse(yaml));

        errors.Sorted().Should().ContainSingle().Which.Should().BeEquivalentTo(new { Line = 3, Column = 116 });
    }

    private static YamlNode Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents[0].RootNode;
    }

    private static JsonNode? ToJson(string yaml) => YamlJson.Convert(Parse(yaml), []);

    [GeneratedRegex(@"^# yaml-language-server: \$schema=(?<path>\S+)$", RegexOptions.Multiline)]
    private static partial Regex SchemaComment();
}
