namespace Klikoo.Emulator.State;

/// <summary>Connects to Redis before any other service starts, so an unreachable server stops the start at once.</summary>
internal sealed class RedisStartup(RedisState redis) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => redis.ConnectAsync();

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
