using System.Reflection;
using Klikoo.Emulator.Fixtures;

namespace Klikoo.Emulator.Tests.Hosting;

/// <summary>The built emulator as a real process on a loopback port, configured the way users configure it.</summary>
public sealed class EmulatorProcessTests
{
    [Test]
    public async Task Start_FrozenClockOnCommandLine_ServesDocumentedLinesOverRealSockets()
    {
        var ovo = DocumentedSample.Inquiries.Single(s => s.Name == "OVO10");
        await using var emulator = await EmulatorProcess.StartAsync(["--Klikoo:Clock:Fixed=2024-11-29T10:59:32.076824+07:00"]);
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        using var get = await client.GetAsync($"/klikoo-b2b/v1/irs/inquiry?{ovo.Query}");
        using var post = await client.PostAsync("/v1/irs/inquiry", ovo.Query.ToForm());

        (await get.ShouldBeKlikooLineAsync()).Should().Be(ovo.Line);
        (await post.ShouldBeKlikooLineAsync()).Should().Be(ovo.Line);
        (await emulator.WaitForOutputAsync("Stop with Ctrl+C.", TimeSpan.FromSeconds(10))).Should().BeTrue(emulator.Output);
    }

    [Test]
    public async Task Start_Listening_LogsOneShortBlockWithAddressFixturesAndDashboard()
    {
        await using var emulator = await EmulatorProcess.StartAsync([]);
        var root = emulator.BaseAddress.ToString().TrimEnd('/');
        var version = typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];
        var shipped = new FixtureStore(RepositoryPaths.Fixtures, TimeProvider.System).Current;
        var counts = $"{shipped.Files.Count} files: {shipped.Products.Count} products, {shipped.CustomerCount} customers, {shipped.Clients.Count} client";

        (await emulator.WaitForOutputAsync("Stop with Ctrl+C.", TimeSpan.FromSeconds(10))).Should().BeTrue(emulator.Output);

        emulator.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Should().Equal(
            "info: Klikoo.Emulator[40]",
            $"Klikoo Emulator {version} is listening on {root}",
            $"Fixtures:  {RepositoryPaths.Fixtures} ({counts}{(shipped.Clients.Count == 1 ? "" : "s")})",
            $"Start:     {root}/ (routes, the sample account, an inquiry to try)",
            $"Dashboard: {root}/__admin/ui",
            "Stop with Ctrl+C.");
    }

    [Test]
    public async Task Start_InvalidFixtures_ExitsListingEveryError()
    {
        using var folder = new TemporaryFixtures(("products.yaml", "products:\n  - { code: X1, family: nope, price: 1 }\n  - { code: X2, family: pln }\n"));

        var start = () => EmulatorProcess.StartAsync([$"--Klikoo:Fixtures={folder.Path}"]);

        var failure = (await start.Should().ThrowAsync<InvalidOperationException>()).Which;
        failure.Message.Should().StartWith("The emulator exited with code 1:")
            .And.Match("*products.yaml:2:25: 'family' must be one of*products.yaml:3:5: missing required field 'price'*")
            .And.NotContain("Unhandled exception").And.NotContain("   at ");
    }

    [Test]
    public async Task Serve_TraceLogging_NeverWritesSecretsOrPins()
    {
        await using var emulator = await EmulatorProcess.StartAsync(["--Logging:LogLevel:Default=Trace"]);
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        await client.GetStringAsync($"/v1/irs/inquiry?{IrsQuery.Sample("OVO10", "081000000001")}");
        await client.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234567890", "log1")}");
        await client.PostAsync("/v1/irs/buy", IrsQuery.Buy("OVO10", "081234567890", "log2").ToForm());
        await client.GetStringAsync($"/v1/irs/inquiry?{IrsQuery.Sample("OVO10", "081000000001").With("pin", "999999")}");
        await emulator.WaitForOutputAsync("Executed endpoint", TimeSpan.FromSeconds(2));

        emulator.Output.Should().NotContain(IrsQuery.ClientSecret).And.NotContain("pin=").And.NotContain("999999");
    }

    [Test]
    public async Task Serve_OversizedFormBody_StillOneKlikooLine()
    {
        await using var emulator = await EmulatorProcess.StartAsync([]);
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        using var body = new StringContent("to=" + new string('9', 2 * 1024 * 1024), System.Text.Encoding.ASCII, "application/x-www-form-urlencoded");

        using var response = await client.PostAsync("/v1/irs/inquiry", body);

        Klikoo.Contracts.Lines.InquiryFailureLine.Parse(await response.ShouldBeKlikooLineAsync()).Reason.Should().Be("Validasi Error: form body could not be read");
        (await client.GetStringAsync($"/v1/irs/inquiry?{IrsQuery.Sample("OVO10", "081000000001")}")).Should().StartWith("R#OVO10.");
    }
}
