using Klikoo.Emulator.Commands;

namespace Klikoo.Emulator.Tests.Commands;

public sealed class ValidateCommandTests
{
    [Test]
    public void Run_ShippedFixtures_ExitZero()
    {
        var (code, output, _) = Run(RepositoryPaths.Fixtures);

        code.Should().Be(0);
        output.Should().EndWith("fixture file(s) in " + RepositoryPaths.Fixtures + ": valid." + Environment.NewLine);
    }

    [Test]
    public void Run_BrokenFixtures_EveryErrorAsFileLineColumnThenExitOne()
    {
        using var folder = new TemporaryFixtures(
            ("a.yaml", "products:\n  - { code: X1, family: nope, price: 1 }\n"),
            ("sub/b.yaml", "clients:\n  - { id: c, pin: '1', balance: 1 }\n"));

        var (code, output, _) = Run(folder.Path);

        code.Should().Be(1);
        output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            $"{folder.Path}/a.yaml:2:25: 'family' must be one of pln, ovo, gopay, dana, maxim, telkomsel, indosat, xl, axis, tri, smartfren, telkomsel-data, indosat-data, xl-data, mobile-legends, free-fire, shopeepay, linkaja, pln-postpaid, pdam, bpjs, internet-tv, phone-postpaid, multifinance, not 'nope'",
            $"{folder.Path}/sub/b.yaml:2:5: missing required field 'secret'",
            $"2 error(s) in 2 fixture file(s) in {folder.Path}.");
    }

    [TestCase("customers.yaml", "customers:\n  - to: [unclosed\n    family: ovo\n    name: X\n", "customers.yaml:2:9: this '[' is not closed before line 3; close it with ']'")]
    [TestCase("scenarios.yaml", "scenarios:\n  - { name: a, buy: { result: success, pendingFor: 9223372036854775807 } }\n", "scenarios.yaml:2:52: 'pendingFor' must be a whole number of seconds from 1 to 2592000, not '9223372036854775807'")]
    [TestCase("scenarios.yaml", "scenarios:\n  - { name: a, fault: { delay: 9223372036854775807 } }\n", "scenarios.yaml:2:32: 'delay' must be a whole number of milliseconds from 0 to 600000, not '9223372036854775807'")]
    public void Run_TextThatOnceCrashedTheParser_LocatedErrorAndExitOne(string file, string yaml, string error)
    {
        using var folder = new TemporaryFixtures((file, yaml));

        var (code, output, errors) = Run(folder.Path);

        code.Should().Be(1);
        output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            $"{folder.Path}/{error}",
            $"1 error(s) in 1 fixture file(s) in {folder.Path}.");
        errors.Should().BeEmpty();
    }

    [Test]
    public void Run_MissingFolder_ExitOneSayingSo()
    {
        var (code, _, error) = Run("/no/such/fixtures");

        code.Should().Be(1);
        error.Should().Contain("'/no/such/fixtures' does not exist");
    }

    [Test]
    public void Run_TooManyArguments_Usage()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        ValidateCommand.Run(["a", "b"], output, error).Should().Be(2);
        error.ToString().Should().StartWith("usage: validate");
    }

    private static (int Code, string Output, string Error) Run(string folder)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = ValidateCommand.Run([folder], output, error);
        return (code, output.ToString(), error.ToString());
    }
}
