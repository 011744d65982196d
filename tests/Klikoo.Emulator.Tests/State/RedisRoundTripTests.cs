using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Klikoo.Emulator.Tests.State;

/// <summary>
/// How many commands a buy sends Redis, counted as Redis sees them (MONITOR), leaving out the commands a script runs
/// inside Redis: every one of them is a round trip on the request's path. A new buy decides, holds its room, charges
/// and records in one script after one look (docs/shared-state.md#round-trips): at most 2 for an immediate result,
/// 3 for a pending one. Each buy is measured after a first one, so the scripts are already loaded.
/// </summary>
[NonParallelizable]
public sealed class RedisRoundTripTests
{
    private const string Prefix = "rt:";

    [TestCase("081234567890", "SUCCESS", 2, TestName = "Buy_NewImmediateSuccess_AtMostTwoRoundTrips")]
    [TestCase("081234569993", "FAILED", 2, TestName = "Buy_NewImmediateFailure_AtMostTwoRoundTrips")]
    [TestCase("081234569990", "INPROGRESS", 3, TestName = "Buy_NewPending_AtMostThreeRoundTrips")]
    [TestCase("081234569992", "INPROGRESS", 3, TestName = "Buy_NewPendingForEver_AtMostThreeRoundTrips")]
    public async Task Buy_New_RoundTripsWithinTheBudget(string to, string status, int most)
    {
        await using var server = await RedisServer.StartAsync();
        await using var factory = Start(server);
        using var http = factory.CreateClient();
        await BuyAsync(http, to, "warm-up");

        await using var monitor = await Monitor.StartAsync(server);
        var line = await BuyAsync(http, to, "measured");
        var commands = await monitor.StopAsync(server);

        line.Should().Contain(status);
        commands.Should().HaveCountGreaterThan(0, "the buy reached Redis").And.HaveCountLessThanOrEqualTo(most, string.Join(Environment.NewLine, commands));
    }

    [Test]
    public async Task Buy_ResentWhilePending_OneRoundTrip()
    {
        await using var server = await RedisServer.StartAsync();
        await using var factory = Start(server);
        using var http = factory.CreateClient();
        await BuyAsync(http, "081234569990", "pending");

        await using var monitor = await Monitor.StartAsync(server);
        var line = await BuyAsync(http, "081234569990", "pending");
        var commands = await monitor.StopAsync(server);

        line.Should().Contain("INPROGRESS");
        commands.Should().ContainSingle(string.Join(Environment.NewLine, commands));
    }

    [Test]
    public async Task Health_OnRedis_OneRoundTripForItsCounts()
    {
        await using var server = await RedisServer.StartAsync();
        await using var factory = Start(server);
        using var http = factory.CreateClient();
        await BuyAsync(http, "081234569990", "pending");
        (await http.GetAsync("/__admin/health")).EnsureSuccessStatusCode();

        await using var monitor = await Monitor.StartAsync(server);
        var health = await http.GetStringAsync("/__admin/health");
        var commands = await monitor.StopAsync(server);

        health.Should().Contain("\"pendingTransactions\":1");
        commands.Should().ContainSingle(string.Join(Environment.NewLine, commands));
    }

    private static EmulatorFactory Start(RedisServer server) => new(settings: new Dictionary<string, string?>
    {
        ["Klikoo:State:Redis"] = server.ConnectionString,
        ["Klikoo:State:Prefix"] = Prefix,

        // No due poll while counting (the longest interval): only the buy talks to Redis.
        ["Klikoo:State:DuePollInterval"] = "00:01:00",
    });

    private static Task<string> BuyAsync(HttpClient http, string to, string refId) =>
        http.GetStringAsync("/v1/irs/buy?" + IrsQuery.Buy("OVO10", to, refId));

    /// <summary>A MONITOR connection: every command Redis runs, as it runs it, until a marker this test sends last.</summary>
    private sealed class Monitor : IAsyncDisposable
    {
        private readonly TcpClient _client = new();
        private readonly ConcurrentQueue<string> _lines = new();
        private readonly string _marker = "end-of-count";
        private Task? _reading;

        public static async Task<Monitor> StartAsync(RedisServer server)
        {
            var monitor = new Monitor();
            await monitor._client.ConnectAsync(IPAddress.Loopback, server.Port);
            var stream = monitor._client.GetStream();
            await stream.WriteAsync("MONITOR\r\n"u8.ToArray());
            var reader = new StreamReader(stream, Encoding.UTF8);
            (await reader.ReadLineAsync()).Should().Be("+OK");
            monitor._reading = Task.Run(async () =>
            {
                while (await reader.ReadLineAsync() is { } line)
                {
                    monitor._lines.Enqueue(line);
                }
            });
            return monitor;
        }

        /// <summary>The commands with the emulator's keys that Redis received from outside its scripts.</summary>
        public async Task<List<string>> StopAsync(RedisServer server)
        {
            // Redis runs one command at a time: once the marker is seen, everything the buy sent was seen before it.
            await server.CommandAsync("ECHO", _marker);
            await Eventually.TrueAsync(() => _lines.Any(l => l.Contains(_marker, StringComparison.Ordinal)), "MONITOR saw the marker");
            return [.. _lines.TakeWhile(l => !l.Contains(_marker, StringComparison.Ordinal))
                .Where(l => l.Contains('"' + Prefix, StringComparison.Ordinal) && !l.Contains(" lua]", StringComparison.Ordinal))];
        }

        public async ValueTask DisposeAsync()
        {
            _client.Dispose();
            if (_reading is not null)
            {
                await _reading.ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
