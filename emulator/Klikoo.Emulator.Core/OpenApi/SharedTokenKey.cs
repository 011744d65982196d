using Klikoo.Emulator.Hosting;
using Klikoo.Emulator.State;

namespace Klikoo.Emulator.OpenApi;

/// <summary>
/// With shared state, one token key for every replica (docs/shared-state.md): the first replica to start stores its
/// random key under the prefix, and every replica, that one too, takes the stored key, in one script, so two
/// replicas starting together cannot each keep their own. It outlives restarts for as long as Redis keeps it.
/// </summary>
internal sealed class SharedTokenKey(OpenApiTokenKey key, RedisState redis) : IHostedService
{
    private const string Name = "open-api:token-key";

    private const string StoreOnceThenRead = """
        redis.call('SET', KEYS[1], ARGV[1], 'NX')
        return redis.call('GET', KEYS[1])
        """;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (key.Pinned)
        {
            return;
        }

        var stored = (string?)await redis.Database.ScriptEvaluateAsync(StoreOnceThenRead, [redis.Key(Name)], [Convert.ToBase64String(key.Bytes)]);
        key.Adopt(OpenApiTokenKey.ParseOrNull(stored) ?? throw new StartupFailureException(
            $"the token key stored in Redis at {redis.Address} under '{redis.Prefix}{Name}' is not 32 bytes in base64: delete that key, and the next replica to start stores a new one"));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
