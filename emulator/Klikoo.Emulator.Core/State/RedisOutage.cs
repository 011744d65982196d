using System.Diagnostics.CodeAnalysis;
using Klikoo.Emulator.Hosting;

namespace Klikoo.Emulator.State;

/// <summary>
/// The one policy for Redis failing, for both public interfaces and the background loops (docs/shared-state.md#when-redis-fails):
/// each failure is classified (<see cref="RedisFault"/>); the first of an outage is logged as one warning saying what
/// Redis did, the rest of it not at all, and its end once. A lost connection or a timeout ends with any command that
/// works; a refusal (out of memory, WRONGTYPE) only with a buy that was made, since reads go on working meanwhile.
/// </summary>
internal sealed class RedisOutage(RedisState redis, ILogger<RedisOutage> logger)
{
    private RedisFault? _current;

    /// <summary>The failure of the outage under way, the latest one seen; null while Redis works.</summary>
    public RedisFault? Current => Volatile.Read(ref _current);

    /// <summary>Classifies <paramref name="exception"/> if Redis caused it, logging the start of an outage once.</summary>
    public bool TryFail(Exception exception, [NotNullWhen(true)] out RedisFault? fault)
    {
        if (!RedisFault.TryClassify(exception, redis.Address, redis.TimeoutMilliseconds, out fault))
        {
            return false;
        }

        if (Interlocked.Exchange(ref _current, fault) is null)
        {
            StateLog.RedisFailing(logger, redis.Address, fault.Diagnosis);
        }

        return true;
    }

    /// <summary>A step that used Redis worked; <paramref name="wrote"/> when it made a buy.</summary>
    public void Worked(bool wrote)
    {
        var current = Volatile.Read(ref _current);
        if (current is null || (!wrote && !current.Unanswered))
        {
            return;
        }

        if (Interlocked.CompareExchange(ref _current, null, current) == current)
        {
            StateLog.RedisBack(logger, redis.Address);
        }
    }

    /// <summary>Runs a background loop's step that talks to Redis; anything else is logged as any background failure.</summary>
    public Task RunAsync(ILogger caller, string what, Func<Task> step) => BackgroundWork.RunAsync(caller, what, async () =>
    {
        try
        {
            await step();
            Worked(wrote: false);
        }
        catch (Exception ex) when (TryFail(ex, out _))
        {
            // Logged once for the outage by TryFail.
        }
    });
}
