using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Klikoo.Contracts.Callbacks;
using Klikoo.Emulator.Admin;
using WireMock.Server;

namespace Klikoo.Emulator.Tests.State;

/// <summary>
/// Real emulator processes on one redis-server, each a replica with its own name, under a frozen clock; a replica
/// can be killed (SIGKILL, as a crash or an out-of-memory kill would) while the others go on. Disposing kills the
/// ones still running, then the redis-server.
/// </summary>
internal sealed class ReplicaSet(RedisServer redis) : IAsyncDisposable
{
    public const string Frozen = "2024-11-29T10:59:32.076824+07:00";

    // fixtures/clients.yaml: the sample account's deposit; fixtures/products.yaml: OVO10's price.
    public const long Deposit = 100_000_000;
    public const long Price = 10_100;

    private readonly List<Replica> _running = [];

    /// <summary>The redis-server every replica of the set uses.</summary>
    public RedisServer Redis => redis;

    /// <summary>A set on a redis-server of its own (the test ignored, with the reason, where redis-server does not start).</summary>
    public static async Task<ReplicaSet> OnNewRedisAsync(bool appendOnly = false)
    {
        RedisServer.RequireOrIgnore();
        return new ReplicaSet(await RedisServer.StartAsync(appendOnly));
    }

    /// <summary>Starts a replica on the set's redis-server; <paramref name="settings"/> are more <c>--key=value</c> arguments.</summary>
    public async Task<Replica> StartAsync(string name, params string[] settings)
    {
        var process = await EmulatorProcess.StartAsync(
            [$"--Klikoo:State:Redis={redis.ConnectionString}", $"--Klikoo:State:Replica={name}", $"--Klikoo:Clock:Fixed={Frozen}", .. settings]);
        var replica = new Replica(name, process);
        lock (_running)
        {
            _running.Add(replica);
        }

        return replica;
    }

    public async Task<(Replica A, Replica B)> StartTwoAsync(params string[] settings)
    {
        var started = await Task.WhenAll(StartAsync("replica-a", settings), StartAsync("replica-b", settings));
        return (started[0], started[1]);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var replica in _running)
        {
            await replica.DisposeAsync();
        }

        _running.Clear();
        await redis.DisposeAsync();
    }

    /// <summary>The sample account buying OVO10 for a destination the shipped scenarios let succeed at once.</summary>
    public static string Buy(string refId) => $"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234567890", refId)}";

    /// <summary>
    /// The sample account buying OVO10 for a destination ending 9990: the shipped scenario keeps it INPROGRESS for
    /// 30 s, then lets it succeed.
    /// </summary>
    public static string PendingBuy(string refId) => $"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234569990", refId)}";

    /// <summary>The Redis key of the sample account's transaction for <paramref name="refId"/> (any <paramref name="kind"/>: tx, creating).</summary>
    public static string SampleKey(string kind, string refId) => $"klikoo:{kind}:{IrsQuery.ClientId.Length}:{IrsQuery.ClientId}:{refId}";

    /// <summary>The ref_ids of the reports <paramref name="receiver"/> answered with 200, one entry per report.</summary>
    public static List<string> Delivered(WireMockServer receiver) =>
    [
        .. receiver.LogEntries
            .Where(e => Convert.ToInt32(e.ResponseMessage?.StatusCode, CultureInfo.InvariantCulture) == 200)
            .Select(e => e.RequestMessage!.Query!["refid"].ToString()),
    ];

    /// <summary>
    /// The lines of the reports <paramref name="receiver"/> answered with 200, as a re-check answers them: the
    /// partner template's message with the <c>&amp;refid=</c> tail put back.
    /// </summary>
    public static List<string> DeliveredLines(WireMockServer receiver) =>
    [
        .. receiver.LogEntries
            .Where(e => Convert.ToInt32(e.ResponseMessage?.StatusCode, CultureInfo.InvariantCulture) == 200)
            .Select(e => KlikooCallback.Parse(new Uri(e.RequestMessage!.Url).Query).Line.Format()),
    ];

    /// <summary>One emulator process and a client for it.</summary>
    internal sealed class Replica(string name, EmulatorProcess process) : IAsyncDisposable
    {
        private int _killed;

        public string Name { get; } = name;

        public EmulatorProcess Process { get; } = process;

        // A bounded pool: every request of a burst is started at once, at most this many are on the wire together.
        public HttpClient Http { get; } = new(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = process.BaseAddress };

        public Task<string> GetStringAsync(string path) => Http.GetStringAsync(path);

        public async Task AdvanceClockAsync(int seconds)
        {
            using var advanced = await Http.PostAsJsonAsync("/__admin/clock/advance", new { seconds });
            advanced.EnsureSuccessStatusCode();
        }

        public async Task<int> TransactionCountAsync()
        {
            using var response = await Http.GetAsync("/__admin/transactions?limit=1");
            response.EnsureSuccessStatusCode();
            return int.Parse(response.Headers.GetValues(AdminPage.TotalCountHeader).Single(), CultureInfo.InvariantCulture);
        }

        /// <summary>How many transactions have <paramref name="status"/> (the admin list's total).</summary>
        public async Task<int> TransactionCountAsync(string status)
        {
            using var response = await Http.GetAsync($"/__admin/transactions?status={status}&limit=1");
            response.EnsureSuccessStatusCode();
            return int.Parse(response.Headers.GetValues(AdminPage.TotalCountHeader).Single(), CultureInfo.InvariantCulture);
        }

        /// <summary>A GET answered whatever its status, as "status body", so a burst can count HTTP 500s too.</summary>
        public async Task<string> GetAnyAsync(string path)
        {
            using var response = await Http.GetAsync(path);
            return $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
        }

        public async Task<JsonElement> HealthAsync()
        {
            using var response = await Http.GetAsync("/__admin/health");
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }

        /// <summary>Kills the process at once (SIGKILL): no shutdown, no drain, its leases left to run out.</summary>
        public async ValueTask KillAsync()
        {
            if (Interlocked.Exchange(ref _killed, 1) == 0)
            {
                await Process.DisposeAsync();
            }
        }

        public async ValueTask DisposeAsync()
        {
            Http.Dispose();
            await KillAsync();
        }
    }
}
