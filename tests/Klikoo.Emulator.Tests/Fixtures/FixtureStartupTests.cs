using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Klikoo.Emulator.Tests.Fixtures;

/// <summary>Start-up on fixtures that once crashed it: exit code 1 and every problem as file:line:column, never a stack trace.</summary>
public sealed class FixtureStartupTests
{
    [Test]
    public async Task Start_FixturesThatOnceCrashedStartUp_ExitOneWithLocatedErrors()
    {
        using var folder = new TemporaryFixtures(
            ("customers.yaml", "customers:\n  - to: [unclosed\n    family: ovo\n    name: X\n"),
            ("scenarios.yaml", "scenarios:\n  - { name: a, buy: { result: success, pendingFor: 9223372036854775807 } }\n"),
            ("deep.yaml", "a: " + new string('[', 30_000) + new string(']', 30_000) + "\n"));

        var start = () => EmulatorProcess.StartAsync([$"--Klikoo:Fixtures={folder.Path}"]);

        var failure = (await start.Should().ThrowAsync<InvalidOperationException>()).Which;
        failure.Message.Should().StartWith("The emulator exited with code 1:")
            .And.Contain("customers.yaml:2:9: this '[' is not closed before line 3")
            .And.Contain("deep.yaml:1:35: lists and mappings nested deeper than 32 levels")
            .And.Contain("scenarios.yaml:2:52: 'pendingFor' must be a whole number of seconds from 1 to 2592000")
            .And.NotContain("Unhandled exception").And.NotContain("   at ");
    }

    [Test]
    public async Task Start_EmptyFolder_ServesAndWarnsOnceThatEveryRequestIsRefused()
    {
        using var folder = new TemporaryFixtures();
        var log = new CapturedLog();
        await using var factory = EmulatorFactory.On(folder);
        await using var emulator = factory.WithWebHostBuilder(host => host.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(log)));

        using var client = emulator.CreateClient();
        var reply = await client.GetStringAsync($"/v1/irs/inquiry?{IrsQuery.Sample("OVO10", "081000000001")}");

        reply.Should().StartWith("R#", "it serves, refusing");
        log.Lines.Where(l => l.StartsWith("Warning", StringComparison.Ordinal)).Should().ContainSingle().Which.Should().Be(
            $"Warning Klikoo.Emulator.Fixtures.FixtureStartup: The fixtures folder {folder.Path} has no .yaml file: with no product and no client " +
            "every request is refused until files are added (they are served within a second). Is it the folder you meant? (Klikoo:Fixtures, --fixtures)");
    }
}
