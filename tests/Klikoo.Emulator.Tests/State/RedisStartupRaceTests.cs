using System.Net;

namespace Klikoo.Emulator.Tests.State;

/// <summary>
/// An emulator that has just connected to Redis starts its shared clock at once: its subscription connection may
/// still be on its way, and with the fail-fast backlog a SUBSCRIBE then failed the start (seen under CI load).
/// </summary>
[Category("Redis")]
public sealed class RedisStartupRaceTests
{
    [Test]
    public async Task Start_ManyEmulatorsConnectingAtOnce_EveryOneStartsAndAnswers()
    {
        const int emulators = 24;
        var factories = Enumerable.Range(0, emulators).Select(_ => new EmulatorFactory(store: StateStore.Redis)).ToList();
        try
        {
            // The test host starts each emulator synchronously: on a thread of its own, so two dozen starts at once do not
            // hold the thread pool the emulators' own awaits continue on.
            var statuses = await Task.WhenAll(factories.Select(async f =>
            {
                using var client = await Task.Factory.StartNew(f.CreateClient, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
                using var response = await client.GetAsync("/__admin/health");
                return response.StatusCode;
            }));

            statuses.Should().AllSatisfy(s => s.Should().Be(HttpStatusCode.OK));
        }
        finally
        {
            await Task.WhenAll(factories.Select(f => f.DisposeAsync().AsTask()));
        }
    }
}
