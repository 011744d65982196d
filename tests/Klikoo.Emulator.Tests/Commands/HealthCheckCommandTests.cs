namespace Klikoo.Emulator.Tests.Commands;

/// <summary>
/// <c>klikoo-emulator healthcheck</c>, as the image's HEALTHCHECK and a Kubernetes readiness probe run it: against an
/// emulator with Klikoo:Admin:Token (every replica behind a load balancer has one) it sends the token from
/// <c>Klikoo__Admin__Token</c>, so a healthy replica is reported healthy and a wrong token is not.
/// </summary>
[NonParallelizable]
public sealed class HealthCheckCommandTests
{
    private const string Token = "health-token-0123456789";

    private EmulatorProcess _emulator = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _emulator = await EmulatorProcess.StartAsync([$"--Klikoo:Admin:Token={Token}"]);

    [OneTimeTearDown]
    public async Task StopAsync() => await _emulator.DisposeAsync();

    [Test]
    public async Task Healthcheck_TokenInTheEnvironment_ExitsZero()
    {
        var (exitCode, _, error) = await HealthCheckAsync($"Klikoo__Admin__Token={Token}");

        exitCode.Should().Be(0, error);
    }

    [Test]
    public async Task Healthcheck_NoTokenInTheEnvironment_ExitsOneNamingTheStatus()
    {
        var (exitCode, _, error) = await HealthCheckAsync();

        exitCode.Should().Be(1);
        error.Should().Contain("HTTP 401");
    }

    [Test]
    public async Task Healthcheck_WrongToken_ExitsOne()
    {
        var (exitCode, _, _) = await HealthCheckAsync("Klikoo__Admin__Token=not-the-token");

        exitCode.Should().Be(1);
    }

    [Test]
    public async Task Healthcheck_TokenThatCannotBeAHeader_ExitsOneWithoutAStackTrace()
    {
        var (exitCode, output, error) = await HealthCheckAsync("Klikoo__Admin__Token=two words\u0001");

        exitCode.Should().Be(1);
        (output + error).Should().NotContain("   at ");
    }

    // Through env(1), as a container's environment: the emulator reads Klikoo__Admin__Token when it runs the command.
    private Task<(int ExitCode, string StandardOutput, string StandardError)> HealthCheckAsync(params string[] environment) =>
        EmulatorProcess.RunUntilExitAsync(["healthcheck", _emulator.BaseAddress.ToString()], ["env", "-u", "Klikoo__Admin__Token", .. environment]);
}
