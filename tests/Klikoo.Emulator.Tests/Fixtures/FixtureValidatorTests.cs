using Klikoo.Emulator.Fixtures;

namespace Klikoo.Emulator.Tests.Fixtures;

public sealed class FixtureValidatorTests
{
    private const string Product = "products:\n  - { code: PLN20, family: pln, price: 20546 }\n";

    [TestCaseSource(typeof(RepositoryPaths), nameof(RepositoryPaths.ShippedFixtureFiles))]
    public void Validate_ShippedFixtureFile_HasNoErrors(string file)
    {
        var all = FixtureLoader.Load(RepositoryPaths.Fixtures);

        FixtureValidator.Validate(all).Errors.Where(e => e.File == file).Should().BeEmpty();
    }

    [Test]
    public void Validate_ShippedFixtures_BuildTheCatalogue()
    {
        var result = FixtureValidator.Validate(FixtureLoader.Load(RepositoryPaths.Fixtures));

        result.IsValid.Should().BeTrue(string.Join(Environment.NewLine, result.Errors));
        result.Catalog!.Clients.Should().ContainKey(IrsQuery.ClientId);
    }

    [TestCase("products:\n  - { code: PLN20, family: pln, price: 20546, prce: 1 }\n", 2, 47, "unknown field 'prce' in a product; expected one of: code, family, price, denomination, open, destination, name, description")]
    [TestCase("products:\n  - { code: PLN20, family: pln }\n", 2, 5, "missing required field 'price'")]
    [TestCase("products:\n  - { code: PLN20, family: pln, price: 20.546 }\n", 2, 40, "'price' must be a whole number from 1 to 999999999999999, not '20.546'")]
    [TestCase("products:\n  - { code: PLN20, family: pln, price: -1 }\n", 2, 40, "'price' must be a whole number from 1 to 999999999999999, not '-1'")]
    [TestCase("products:\n  - { code: PLN20, family: electricity, price: 1 }\n", 2, 28, "'family' must be one of pln, ovo, gopay, dana, maxim, telkomsel, indosat, xl, axis, tri, smartfren, telkomsel-data, indosat-data, xl-data, mobile-legends, free-fire, shopeepay, linkaja, pln-postpaid, pdam, bpjs, internet-tv, phone-postpaid, multifinance, not 'electricity'")]
    [TestCase("products:\n  - { code: pln 20, family: pln, price: 1 }\n", 2, 13, "'code' must be 1 to 20 upper-case letters, digits or '_', not 'pln 20'")]
    [TestCase("products:\n  - code: DNOPEN\n    family: dana\n    open: { fee: 80, min: 50000, max: 10000 }\n", 4, 27, "open.min (50000) is greater than open.max (10000)")]
    [TestCase("products:\n  - code: DNOPEN\n    family: dana\n    price: 5\n    open: { fee: 80, min: 1, max: 2 }\n", 4, 12, "an open-denomination product has no fixed 'price': it costs amount + open.fee")]
    [TestCase("products: { code: PLN20 }\n", 1, 11, "'products' must be a list (each entry starting with '- ')")]
    [TestCase("product:\n  - { code: PLN20 }\n", 1, 1, "unknown field 'product' in a fixture file; expected one of: families, products, customers, clients, scenarios")]
    [TestCase("products:\n  - { code: PLN20, family: pln, price: 1 }\n  - { code: PLN20, family: pln, price: 2 }\n", 3, 5, "duplicate product 'PLN20': already defined at test.yaml:2:5")]
    [TestCase("products:\n  - [ code: PLN20\n", 2, 5, "this '[' is not closed before line 3; close it with ']'")]
    [TestCase("products:\n  - code:\tPLN20\n\t  family: pln\n", 3, 1, "a tab is used as indentation; YAML indents with spaces only")]
    [TestCase("scenarios:\n  - name: a\n    buy:: x\n      result: success\n", 3, 5, "line 4 is indented under this line, but this line already has its value: remove the value here or the indentation there")]
    [TestCase(Product + "customers:\n  - { to: '0812', family: pln, name: X }\n", 4, 11, "'0812' is not a valid pln destination (pln-number)")]
    [TestCase(Product + "customers:\n  - { to: '01105691111', family: pln }\n", 4, 5, "a customer needs a 'name' or a 'failure'")]
    [TestCase(Product + "customers:\n  - { to: '081234567890', family: ovo, name: X, power: R1/900VA }\n", 4, 56, "'power' applies to pln customers only, not ovo")]
    [TestCase(Product + "customers:\n  - { to: '01105691111', family: pln, name: X, power: 2200 }\n", 4, 55, "'power' must look like R1/2200VA (tariff/power VA), not '2200'")]
    [TestCase(Product + "customers:\n  - { to: '01105691111', family: pln, name: A }\n  - { to: '01105691111', family: [pln], name: B }\n", 5, 11, "duplicate pln customer '01105691111': already defined at test.yaml:4:11")]
    [TestCase("clients:\n  - { id: a, secret: b, pin: '1', balance: 1, callback: 'http://x/report' }\n", 2, 57, "'callback' must be an absolute http(s) URL containing {message}")]
    [TestCase("clients:\n  - { id: a, secret: b, pin: '1', balance: 1 }\n  - { id: a, secret: c, pin: '2', balance: 2 }\n", 3, 11, "duplicate client 'a': already defined at test.yaml:2:11")]
    [TestCase(Product + "scenarios:\n  - { name: a, match: { product: PLN99 }, buy: { result: success } }\n", 4, 5, "scenario 'a' matches product 'PLN99', which the catalogue does not have")]
    [TestCase(Product + "scenarios:\n  - { name: a, match: { client: nobody }, buy: { result: success } }\n", 4, 5, "scenario 'a' matches client 'nobody', which the clients fixture does not have")]
    [TestCase(Product + "scenarios:\n  - { name: a, buy: { result: failed } }\n", 4, 21, "a failed outcome needs a 'reason'")]
    [TestCase(Product + "scenarios:\n  - { name: a, buy: { result: maybe } }\n", 4, 31, "'result' must be one of success, failed, pending, not 'maybe'")]
    [TestCase(Product + "scenarios:\n  - { name: a, buy: { result: pending, pendingFor: 5 } }\n", 4, 52, "'pendingFor' sets how long before success or failed; a pending result never resolves")]
    [TestCase(Product + "scenarios:\n  - { name: a, match: { to: { pattern: '[0-9' } }, buy: { result: success } }\n", 4, 40, "'pattern' is not a valid regular expression: Invalid pattern '[0-9' at offset 4. Unterminated [] set.")]
    [TestCase(Product + "scenarios:\n  - { name: a, match: { amount: { min: 9, max: 1 } }, buy: { result: success } }\n", 4, 40, "amount.min (9) is greater than amount.max (1)")]
    [TestCase(Product + "scenarios:\n  - { name: a }\n", 4, 5, "a scenario needs an outcome: 'buy', 'inquiry' or 'fault'")]
    [TestCase(Product + "scenarios:\n  - { name: a, buy: { result: success } }\n  - { name: a, buy: { result: success } }\n", 5, 5, "duplicate scenario 'a': already defined at test.yaml:4:5")]
    [TestCase(Product + "scenarios:\n  - { name: a, match: { to: { suffix: '90' } }, buy: { result: success } }\n  - { name: b, match: { to: { prefix: '0812' } }, buy: { result: success } }\n", 5, 5, "scenarios 'a' and 'b' have the same priority (100) and may match the same request; give one a lower priority to say which wins")]
    [TestCase(Product + "scenarios:\n  - { name: a, buy: { result: success } }\n  - { name: b, match: { product: PLN20 }, buy: { result: failed, reason: x } }\n", 5, 5, "scenarios 'a' and 'b' have the same priority (100) and may match the same request; give one a lower priority to say which wins")]
    [TestCase(Product + "scenarios:\n  - { name: a, fault: { on: status } }\n", 4, 29, "'on' must be inquiry or buy, not 'status'")]
    [TestCase(Product + "scenarios:\n  - { name: a, fault: { drop: true, status: 503 } }\n", 4, 23, "a fault can drop, garble or set a status, only one of them")]
    [TestCase(Product + "scenarios:\n  - { name: a, fault: { status: 404 } }\n", 4, 33, "'status' must be a whole number from 500 to 599, not '404'")]
    [TestCase(Product + "scenarios:\n  - { name: a, fault: { delay: { min: 9, max: 1 } } }\n", 4, 39, "delay.min (9) is greater than delay.max (1)")]
    [TestCase(Product + "scenarios:\n  - { name: a, fault: { drop: yes } }\n", 4, 31, "'drop' must be true or false (unquoted), not 'yes'")]
    [TestCase(Product + "scenarios:\n  - { name: a, fault: { on: buy } }\n", 4, 23, "a fault needs one of 'delay', 'drop', 'garble' or 'status'")]
    public void Validate_Mistake_ReportsFileLineColumnAndMessage(string yaml, int line, int column, string message)
    {
        var result = FixtureValidator.Validate([new FixtureFile("test.yaml", yaml)]);

        result.IsValid.Should().BeFalse();
        result.Errors.Should().ContainEquivalentOf(new FixtureError("test.yaml", line, column, message));
    }

    [TestCase("{ to: { suffix: '9990' } }", "{ to: { suffix: '9991' } }")]
    [TestCase("{ to: '081234567890' }", "{ to: { prefix: '0813' } }")]
    [TestCase("{ product: PLN20 }", "{ product: OVO10 }")]
    [TestCase("{ amount: { max: 100 } }", "{ amount: { min: 101 } }")]
    [TestCase("{ refId: '1' }", "{ refId: '2' }")]
    [TestCase("{ client: a }", "{ client: b }")]
    public void Validate_SamePriorityRulesThatCannotBothMatch_Valid(string first, string second)
    {
        var yaml = "products:\n  - { code: PLN20, family: pln, price: 1 }\n  - { code: OVO10, family: ovo, price: 1 }\n" +
            "clients:\n  - { id: a, secret: s, pin: '1', balance: 1 }\n  - { id: b, secret: s, pin: '1', balance: 1 }\n" +
            $"scenarios:\n  - {{ name: x, match: {first}, buy: {{ result: success }} }}\n  - {{ name: y, match: {second}, buy: {{ result: success }} }}\n";

        FixtureValidator.Validate([new FixtureFile("s.yaml", yaml)]).Errors.Should().BeEmpty();
    }

    [Test]
    public void Validate_ManyMistakesInManyFiles_ReportsEveryOne()
    {
        var result = FixtureValidator.Validate(
        [
            new FixtureFile("a.yaml", "products:\n  - { code: A, family: x, price: 1 }\n  - { code: B, family: pln }\n"),
            new FixtureFile("b.yaml", "clients:\n  - { id: c, pin: '1', balance: -5 }\n"),
        ]);

        result.Errors.Select(e => e.ToString()).Should().Equal(
            "a.yaml:2:24: 'family' must be one of pln, ovo, gopay, dana, maxim, telkomsel, indosat, xl, axis, tri, smartfren, telkomsel-data, indosat-data, xl-data, mobile-legends, free-fire, shopeepay, linkaja, pln-postpaid, pdam, bpjs, internet-tv, phone-postpaid, multifinance, not 'x'",
            "a.yaml:3:5: missing required field 'price'",
            "b.yaml:2:5: missing required field 'secret'",
            "b.yaml:2:33: 'balance' must be a whole number from 0 to 999999999999999, not '-5'");
    }

    [Test]
    public void Validate_CommentOnlyFile_IsValidAndEmpty()
    {
        FixtureValidator.Validate([new FixtureFile("empty.yaml", "# nothing yet\n")]).IsValid.Should().BeTrue();
    }

    [Test]
    public void Load_NestedFolders_SortedOrdinally()
    {
        using var folder = new TemporaryFixtures(("b.yaml", ""), ("a/z.yml", ""), ("A.yaml", ""), ("notes.txt", "x"));

        FixtureLoader.Load(folder.Path).Select(f => f.Path).Should().Equal("A.yaml", "a/z.yml", "b.yaml");
    }
}
