using Klikoo.Emulator.Hosting;
using StackExchange.Redis;

namespace Klikoo.Emulator.State;

/// <summary>
/// Runs a background loop's step that talks to Redis: while Redis is away the step fails every time, so the outage is
/// logged once when it starts and once when it ends, not every poll; anything else is logged as any background failure.
/// </summary>
internal sealed class RedisOutage(RedisState redis, ILogger<RedisOutage> logger)
{
    private int _down;

    public void Run(ILogger caller, string what, Action step) => BackgroundWork.Run(caller, what, () =>
    {
        try
        {
            step();
            if (Interlocked.Exchange(ref _down, 0) == 1)
            {
                StateLog.RedisBack(logger, redis.Address);
            }
        }
        catch (RedisException ex)
        {
            if (Interlocked.Exchange(ref _down, 1) == 0)
            {
                StateLog.RedisLost(logger, redis.Address, ex.GetType().Name);
            }
        }
    });
}
