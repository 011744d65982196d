using System.Globalization;
using Klikoo.Emulator.Hosting;
using Klikoo.Emulator.State;
using StackExchange.Redis;

namespace Klikoo.Emulator.Clock;

/// <summary>
/// With shared state, one clock for every replica: a move made through any replica's admin API is stored in Redis
/// and published, and every replica takes it. Reading the clock never touches Redis (an inquiry stays in-process).
/// </summary>
/// <remarks>
/// Replicas must share the clock's source too: the same <c>Klikoo:Clock:Fixed</c>, or synchronised system clocks,
/// as the offset is kept relative to it. Two moves made at the same moment through two replicas: the last stored wins.
/// </remarks>
internal sealed class SharedClockOffset(EmulatorClock clock, RedisState redis, ILogger<SharedClockOffset> logger) : IHostedService
{
    private const int SubscribeRetryMilliseconds = 50;
    private IDisposable? _moves;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await SubscribeAsync(cancellationToken);
        Adopt(await redis.Database.StringGetAsync(redis.Key("clock")));
        _moves = clock.OnMoved(Publish);
    }

    // ConnectAsync returns once the command connection is up; the subscription connection may still be on its way,
    // and the fail-fast backlog (RedisState) refuses a SUBSCRIBE until it is. Wait for it as long as a connect may take.
    private async Task SubscribeAsync(CancellationToken cancellationToken)
    {
        var channel = redis.Channel("clock");
        for (var waited = 0; ; waited += SubscribeRetryMilliseconds)
        {
            try
            {
                await redis.Connection.GetSubscriber().SubscribeAsync(channel, (_, message) =>
                    BackgroundWork.Run(logger, "taking the shared clock offset", () => Adopt(message)));
                return;
            }
            catch (RedisConnectionException) when (waited < redis.ConnectTimeoutMilliseconds)
            {
                await Task.Delay(SubscribeRetryMilliseconds, cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _moves?.Dispose();
        return Task.CompletedTask;
    }

    // On the admin call's thread, before it answers: the move is stored and announced, or the call fails.
    private void Publish()
    {
        var offset = clock.Offset.Ticks.ToString(CultureInfo.InvariantCulture);
        redis.Database.StringSet(redis.Key("clock"), offset);
        redis.Database.Publish(redis.Channel("clock"), offset);
    }

    private void Adopt(RedisValue stored)
    {
        if (!stored.IsNullOrEmpty && long.TryParse((string?)stored, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ticks))
        {
            clock.Adopt(TimeSpan.FromTicks(ticks));
        }
    }
}
