using System.Text;
using System.Text.RegularExpressions;
using Klikoo.Emulator.Fixtures;

namespace Klikoo.Emulator.Tests.Fixtures;

/// <summary>
/// Hostile fixture text: each case once crashed, hung or overflowed the emulator. Every one must now end as a
/// located error, quickly, and never as an exception (docs/limits.md#fixture-files).
/// </summary>
public sealed class FixtureLimitTests
{
    private const string Product = "products:\n  - { code: PLN20, family: pln, price: 20546 }\n";

    [Test]
    public void Validate_UnclosedFlowSequenceBeforeMoreLines_ErrorAtTheBracket()
    {
        var result = ValidateWithin("customers:\n  - to: [unclosed\n    family: ovo\n    name: X\n");

        result.Errors.Should().Equal(new FixtureError("test.yaml", 2, 9, "this '[' is not closed before line 3; close it with ']'"));
    }

    [Test]
    public void Validate_UnclosedFlowMappingInAList_ErrorAtTheBrace()
    {
        var result = ValidateWithin("products:\n  - { code: PLN20, fami\n  - { code: PLN21, family: pln, price: 1 }\n");

        result.Errors.Should().Equal(new FixtureError("test.yaml", 2, 5, "this '{' is not closed before line 3; close it with '}'"));
    }

    [TestCase("scenarios:\n  - { name: a, buy: { result: success, pendingFor: 9223372036854775807 } }\n", 2, 52, "'pendingFor' must be a whole number of seconds from 1 to 2592000, not '9223372036854775807'")]
    [TestCase("scenarios:\n  - { name: a, buy: { result: success, pendingFor: 5000000 } }\n", 2, 52, "'pendingFor' must be a whole number of seconds from 1 to 2592000, not '5000000'")]
    [TestCase("scenarios:\n  - { name: a, fault: { delay: 9223372036854775807 } }\n", 2, 32, "'delay' must be a whole number of milliseconds from 0 to 600000, not '9223372036854775807'")]
    [TestCase("scenarios:\n  - { name: a, fault: { delay: { min: 1, max: 9223372036854775807 } } }\n", 2, 47, "'max' must be a whole number of milliseconds from 0 to 600000, not '9223372036854775807'")]
    [TestCase("scenarios:\n  - { name: a, priority: 2147483648, buy: { result: success } }\n", 2, 26, "'priority' must be a whole number from 0 to 2147483647, not '2147483648'")]
    [TestCase("scenarios:\n  - { name: a, match: { amount: { max: 1000000000000000 } }, buy: { result: success } }\n", 2, 40, "'max' must be a whole number from 0 to 999999999999999, not '1000000000000000'")]
    [TestCase("scenarios:\n  - { name: a, buy: { result: success, balance: 1000000000000000 } }\n", 2, 49, "'balance' must be a whole number from 0 to 999999999999999, not '1000000000000000'")]
    [TestCase("products:\n  - { code: X, family: pln, price: 1000000000000000 }\n", 2, 36, "'price' must be a whole number from 1 to 999999999999999, not '1000000000000000'")]
    [TestCase("products:\n  - { code: X, family: pln, price: 1, denomination: 1000000000000000 }\n", 2, 53, "'denomination' must be a whole number from 1 to 999999999999999, not '1000000000000000'")]
    [TestCase("products:\n  - { code: X, family: dana, open: { fee: 1000000000000000, min: 1, max: 2 } }\n", 2, 43, "'fee' must be a whole number from 0 to 999999999999999, not '1000000000000000'")]
    [TestCase("clients:\n  - { id: a, secret: b, pin: '1', balance: 9223372036854775807 }\n", 2, 44, "'balance' must be a whole number from 0 to 999999999999999, not '9223372036854775807'")]
    public void Validate_NumberBeyondWhatTheEmulatorCanRepresent_RangeError(string yaml, int line, int column, string message)
    {
        var result = ValidateWithin(yaml);

        result.Errors.Should().ContainEquivalentOf(new FixtureError("test.yaml", line, column, message));
    }

    [Test]
    public void Validate_ThirtyThousandLevelsOfFlowNesting_DepthErrorNotAStackOverflow()
    {
        var result = ValidateWithin("a: " + new string('[', 30_000) + new string(']', 30_000) + "\n");

        result.Errors.Should().Equal(new FixtureError("test.yaml", 1, 35, "lists and mappings nested deeper than 32 levels"));
    }

    [Test]
    public void Validate_AliasAsMappingKey_Refused()
    {
        var result = ValidateWithin("a: &p x\n? *p\n: y\n");

        result.Errors.Should().Equal(new FixtureError("test.yaml", 2, 3, "an alias (*p) cannot be a mapping key"));
    }

    [Test]
    public void Validate_AliasKeyOverSixteenNestedAnchors_RefusedWithoutExpandingThem()
    {
        // The shape that once spun a core for ever: each anchor repeats the previous one nine times.
        var yaml = new StringBuilder("p0: &p0 x\n");
        for (var i = 1; i <= 16; i++)
        {
            yaml.Append($"p{i}: &p{i} [{string.Join(',', Enumerable.Repeat($"*p{i - 1}", 9))}]\n");
        }

        yaml.Append("? *p16 : x\n");

        var result = ValidateWithin(yaml.ToString());

        result.Errors.Should().ContainSingle().Which.Message.Should().Be("more than 250000 values, lists and mappings in the fixtures (an alias counts as everything it repeats)");
    }

    [Test]
    public void Validate_AliasInsideWhatItRefersTo_RefusedAsACycle()
    {
        var result = ValidateWithin("a: &x [1, *x]\n");

        result.Errors.Should().Equal(new FixtureError("test.yaml", 1, 11, "the alias *x is inside the node it refers to; a cycle cannot be read"));
    }

    [Test]
    public void Validate_AliasWithoutAnchor_Located()
    {
        var result = ValidateWithin("products: *nothing\n");

        result.Errors.Should().Equal(new FixtureError("test.yaml", 1, 11, "no anchor &nothing before this alias"));
    }

    [Test]
    public void Validate_ListAsMappingKey_Refused()
    {
        var result = ValidateWithin("? [a, b]\n: 1\n");

        result.Errors.Should().Equal(new FixtureError("test.yaml", 1, 3, "a mapping key must be a single value, not a list or mapping"));
    }

    [Test]
    public void Validate_DuplicateKey_LocatedAtTheSecond()
    {
        var result = ValidateWithin(Product + "products:\n  - { code: PLN21, family: pln, price: 1 }\n");

        result.Errors.Should().Equal(new FixtureError("test.yaml", 3, 1, "duplicate key 'products' in this mapping"));
    }

    [Test]
    public void Validate_MoreNodesThanTheBudget_Refused()
    {
        var result = ValidateWithin("a: [" + string.Join(',', Enumerable.Repeat("1", 250_001)) + "]\n");

        result.Errors.Should().ContainSingle().Which.Message.Should().StartWith("more than 250000 values, lists and mappings");
    }

    [Test]
    public void Validate_ThousandsOfMistakes_ListsTheFirstThousandAndCountsTheRest()
    {
        var yaml = "products:\n" + string.Concat(Enumerable.Range(0, 3000).Select(i => $"  - {{ code: X{i}, family: nope, price: 1 }}\n"));

        var result = ValidateWithin(yaml);

        result.Errors.Should().HaveCount(1001);
        result.Errors[^1].Message.Should().Be("2000 more error(s) not listed");
    }

    [TestCase(@"^(a)\1$", "backreference")]
    [TestCase("^(?=0812)[0-9]+$", "lookahead")]
    [TestCase("^(?<!x)9$", "lookbehind")]
    [TestCase("^(?>a+)b$", "atomic")]
    public void Validate_PatternTheLinearEngineCannotRun_RefusedWithLocatedMessage(string pattern, string construct)
    {
        var yaml = Product + $"scenarios:\n  - {{ name: a, match: {{ to: {{ pattern: '{pattern}' }} }}, buy: {{ result: success }} }}\n";

        var result = ValidateWithin(yaml);

        var error = result.Errors.Should().ContainSingle().Which;
        (error.Line, error.Column).Should().Be((4, 40));
        error.Message.Should().StartWith("'pattern' cannot run in linear time (no backreferences, lookarounds, atomic groups or conditionals): ").And.Contain(construct);
    }

    [Test]
    public void Validate_PatternLongerThanTheLimit_Refused()
    {
        var yaml = Product + $"scenarios:\n  - {{ name: a, match: {{ to: {{ pattern: '{new string('9', 1001)}' }} }}, buy: {{ result: success }} }}\n";

        ValidateWithin(yaml).Errors.Should().Equal(new FixtureError("test.yaml", 4, 40, "'pattern' is 1001 characters long; at most 1000"));
    }

    [Test]
    public void Validate_PatternWithNestedAlternation_CompiledForLinearTime()
    {
        var yaml = Product + "scenarios:\n  - { name: a, match: { refId: { pattern: '^(a|aa)+$' } }, buy: { result: success } }\n";

        var pattern = ValidateWithin(yaml).Catalog!.Scenarios.Rules.Single().RefId!.Pattern!;

        pattern.Options.Should().HaveFlag(RegexOptions.NonBacktracking);
        pattern.IsMatch(new string('a', 63) + "c").Should().BeFalse();
        pattern.IsMatch(new string('a', 64)).Should().BeTrue();
    }

    [Test]
    public void Validate_TimeBudgetRunsOut_LocatedErrorInsteadOfRunningOn()
    {
        var yaml = Product + "customers:\n" + string.Concat(Enumerable.Range(0, 1000).Select(i => $"  - {{ to: '0812{i:D8}', family: ovo, name: X }}\n"));

        var result = FixtureValidator.Validate([new FixtureFile("slow.yaml", yaml)], TimeSpan.Zero);

        result.Errors.Should().Equal(new FixtureError("slow.yaml", 1, 1, "validation stopped after 0 s, its time budget; the folder holds too much to check"));
    }

    [Test]
    public void LimitsDoc_FixtureFilesSection_StatesEveryLimit()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "limits.md"));
        var start = doc.IndexOf("## Fixture files", StringComparison.Ordinal);
        var end = doc.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = doc[start..(end < 0 ? doc.Length : end)];

        section.Should().ContainAll(
            Thousands(FixtureLimits.MaxFileBytes), Thousands(FixtureLimits.MaxTotalBytes), Thousands(FixtureLimits.MaxFiles),
            $"{FixtureLimits.MaxDepth} levels", Thousands(FixtureLimits.MaxNodes), Thousands(FixtureLimits.MaxErrors),
            $"{FixtureLimits.MaxMessageLength} characters", Thousands(FixtureLimits.MaxPatternLength), Thousands(FixtureLimits.MaxRupiah),
            Thousands(FixtureLimits.MaxPendingForSeconds), Thousands(FixtureLimits.MaxDelayMilliseconds), Thousands(FixtureLimits.MaxPriority),
            $"{FixtureLimits.TimeBudget.TotalSeconds} s", $"up to {FixtureEndpoints.ReloadWait.TotalSeconds} s");
    }

    private static string Thousands(long value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Validates one file on another thread, so a hang fails the test instead of stalling the run.</summary>
    internal static FixtureValidationResult ValidateWithin(string yaml, string file = "test.yaml")
    {
        var validation = Task.Run(() => FixtureValidator.Validate([new FixtureFile(file, yaml)]));
        validation.Wait(TimeSpan.FromSeconds(60)).Should().BeTrue("validation must end, however hostile the text");
        return validation.Result;
    }
}
