using System.Globalization;

namespace Klikoo.Tests.Infrastructure;

/// <summary>
/// One redis-server for the whole test run, started by the first <see cref="EmulatorFactory"/> on
/// <see cref="StateStore.Redis"/> and stopped by the test project's set-up fixture (or, failing that, when the
/// process exits). Each factory takes a key prefix of its own (<see cref="NextPrefix"/>), so no two ever share a key.
/// </summary>
public static class SharedRedis
{
    private static readonly Lazy<Task<RedisServer>> Server = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    private static int _prefixes;

    /// <summary>The server's StackExchange.Redis configuration string; starts it on first use.</summary>
    /// <remarks>Ignores the calling test, with the reason, when this machine's redis-server cannot serve it (<see cref="RedisServer.Problem"/>).</remarks>
    public static string ConnectionString
    {
        get
        {
            RedisServer.RequireOrIgnore();
            return Server.Value.GetAwaiter().GetResult().ConnectionString;
        }
    }

    /// <summary>A <c>Klikoo:State:Prefix</c> no other factory of this run has.</summary>
    public static string NextPrefix() =>
        string.Create(CultureInfo.InvariantCulture, $"klikoo-test-{Interlocked.Increment(ref _prefixes)}:");

    /// <summary>Stops the server if it was started.</summary>
    public static async Task StopAsync()
    {
        if (Server.IsValueCreated && Server.Value.IsCompletedSuccessfully)
        {
            await Server.Value.Result.DisposeAsync();
        }
    }

    private static Task<RedisServer> Start()
    {
        // Should the run end without the set-up fixture's tear-down (a test project without one), the server goes too.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAsync().GetAwaiter().GetResult();

        // Off the test's thread and its context: the start is awaited synchronously by a factory's constructor.
        return Task.Run(() => RedisServer.StartAsync());
    }
}
