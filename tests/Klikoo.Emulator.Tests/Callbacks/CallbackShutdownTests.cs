using Klikoo.Emulator.Callbacks;
using Klikoo.Emulator.Testing;
using Klikoo.Emulator.Tests.Transactions;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Klikoo.Emulator.Tests.Callbacks;

/// <summary>Stopping the emulator delivers the reports already queued instead of dropping them.</summary>
public sealed class CallbackShutdownTests
{
    [Test]
    public async Task Stop_ReportsQueuedForASlowReceiver_AllDeliveredBeforeItEnds()
    {
        using var receiver = WireMockServer.Start();
        receiver.Given(Request.Create().WithPath("/report")).RespondWith(Response.Create().WithStatusCode(200).WithDelay(TimeSpan.FromMilliseconds(300)));
        using var fixtures = TemporaryFixtures.ShippedPlus(TestClient.Fixture(1_000_000, $"{receiver.Url}/report?message={{message}}&refid={{refid}}"));
        var emulator = await KlikooEmulator.StartAsync(new KlikooEmulatorOptions
        {
            Fixtures = fixtures.Path,
            Settings = new Dictionary<string, string> { ["Klikoo:Callbacks:Senders"] = "1" },
        });
        using (var http = emulator.CreateClient())
        {
            for (var i = 0; i < 3; i++)
            {
                await http.GetStringAsync($"/v1/irs/buy?{TestClient.Buy("OVO10", "081234567890", $"s{i}")}");
            }
        }

        await emulator.DisposeAsync();

        receiver.LogEntries.Select(e => e.RequestMessage!.Query!["refid"].ToString()).Should().BeEquivalentTo(["s0", "s1", "s2"]);
    }

    [Test]
    public async Task Stop_ReportsQueued_LogsOneLineWithHowManyAndTheLongestWait()
    {
        using var receiver = WireMockServer.Start();
        receiver.Given(Request.Create().WithPath("/report")).RespondWith(Response.Create().WithStatusCode(200).WithDelay(TimeSpan.FromMilliseconds(500)));
        using var fixtures = TemporaryFixtures.ShippedPlus(TestClient.Fixture(1_000_000, $"{receiver.Url}/report?message={{message}}&refid={{refid}}"));
        var log = new CapturedLog();
        var factory = EmulatorFactory.On(fixtures, null, ("Klikoo:Callbacks:Senders", "1"), ("Klikoo:Callbacks:DrainTimeout", "00:00:07"));
        var emulator = factory.WithWebHostBuilder(host => host.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(log)));
        using (var http = emulator.CreateClient())
        {
            for (var i = 0; i < 3; i++)
            {
                await http.GetStringAsync($"/v1/irs/buy?{TestClient.Buy("OVO10", "081234567890", $"q{i}")}");
            }
        }

        // One sender: the first report is on its way, the other two wait.
        await Eventually.TrueAsync(() => emulator.Services.GetRequiredService<CallbackQueue>().Count == 2, "the first report to be taken");
        await emulator.DisposeAsync();
        await factory.DisposeAsync();

        log.Lines.Where(l => l.Contains("callback report", StringComparison.Ordinal)).Should().Equal(
            "Information Klikoo.Emulator.Callbacks.CallbackSender: Stopping: delivering the 2 queued callback reports first, for at most 7 s (Klikoo:Callbacks:DrainTimeout)");
        receiver.LogEntries.Should().HaveCount(3);
    }
}
