using Klikoo.Emulator.Hosting;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Klikoo.Emulator.State;

/// <summary>
/// The connection to the Redis that holds the shared state, and the names of its keys (all under
/// <see cref="StateOptions.Prefix"/>). Connected once at start-up (<see cref="RedisStartup"/>): an unreachable server
/// stops the start with one line naming its address. Afterwards StackExchange.Redis reconnects by itself; a call
/// made while it is away throws quickly, and the public routes answer Klikoo's "Harap hubungi admin" line.
/// </summary>
internal sealed class RedisState(IOptions<StateOptions> options) : IDisposable
{
    private const int MaxTimeoutMilliseconds = 3000;
    private ConnectionMultiplexer? _connection;

    public string Prefix { get; } = options.Value.Prefix;

    /// <summary>The address as configured, for messages (never a password: StackExchange.Redis hides it).</summary>
    public string Address => ConfigurationOptions.Parse(options.Value.Redis ?? "").ToString(includePassword: false);

    public ConnectionMultiplexer Connection => _connection ?? throw new InvalidOperationException("Redis is not connected yet.");

    public IDatabase Database => Connection.GetDatabase();

    /// <summary>How long a command may wait for its answer.</summary>
    public int TimeoutMilliseconds { get; private set; } = MaxTimeoutMilliseconds;

    /// <summary>How long connecting may take.</summary>
    public int ConnectTimeoutMilliseconds { get; private set; } = 5000;

    public bool IsConnected => _connection?.IsConnected ?? false;

    public RedisKey Key(string name) => Prefix + name;

    public RedisChannel Channel(string name) => RedisChannel.Literal(Prefix + name);

    public async Task ConnectAsync()
    {
        var configuration = ConfigurationOptions.Parse(options.Value.Redis ?? "");
        configuration.AbortOnConnectFail = true;
        configuration.ConnectTimeout = Math.Min(configuration.ConnectTimeout, 5000);
        ConnectTimeoutMilliseconds = configuration.ConnectTimeout;

        // A slow server fails a request after 3 s instead of StackExchange.Redis's 5 (or sooner, if the address says
        // so); a lost one fails it at once.
        configuration.SyncTimeout = Math.Min(configuration.SyncTimeout, MaxTimeoutMilliseconds);
        configuration.AsyncTimeout = Math.Min(configuration.AsyncTimeout, MaxTimeoutMilliseconds);
        TimeoutMilliseconds = Math.Max(configuration.SyncTimeout, configuration.AsyncTimeout);
        configuration.ClientName = "klikoo-emulator";

        // While the connection is down a command fails at once ("Harap hubungi admin") instead of waiting in a backlog.
        configuration.BacklogPolicy = BacklogPolicy.FailFast;

        try
        {
            _connection = await ConnectionMultiplexer.ConnectAsync(configuration);
        }
        catch (RedisConnectionException ex)
        {
            // StackExchange.Redis's own message advises settings that do not apply here; the socket's reason does.
            var reason = Chain(ex).OfType<System.Net.Sockets.SocketException>().FirstOrDefault()?.Message ?? ex.FailureType.ToString();
            throw new StartupFailureException(
                $"Redis at {Address} is not reachable ({reason.TrimEnd('.')}): start it, or fix --redis / Klikoo:State:Redis", ex);
        }
    }

    /// <summary>Deletes every key under the prefix that matches <paramref name="pattern"/> (a Redis glob), on every server.</summary>
    public void DeleteMatching(string pattern)
    {
        foreach (var server in Connection.GetServers().Where(s => s.IsConnected && !s.IsReplica))
        {
            var keys = server.Keys(pattern: Glob(Prefix) + pattern, pageSize: 1000).ToArray();
            foreach (var chunk in keys.Chunk(1000))
            {
                Database.KeyDelete(chunk);
            }
        }
    }

    public void Dispose() => _connection?.Dispose();

    private static string Glob(string literal) =>
        string.Concat(literal.Select(c => c is '*' or '?' or '[' or ']' or '\\' ? "\\" + c : c.ToString()));

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }
}
