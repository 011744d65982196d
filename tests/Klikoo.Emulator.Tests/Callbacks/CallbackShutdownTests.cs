using Klikoo.Emulator.Testing;
using Klikoo.Emulator.Tests.Transactions;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

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
}
