using System.Collections.Concurrent;
using System.Text.Json;
using Klikoo.Emulator.Clock;
using Klikoo.Emulator.State;
using StackExchange.Redis;

namespace Klikoo.Emulator.Callbacks;

/// <summary>
/// Reports in Redis while they are being delivered, each leased to the replica delivering it: that replica renews
/// its leases every <see cref="Renew"/>; when one dies, its leases run out after <see cref="Lease"/> and another
/// replica claims the reports (atomically, so only one does) and delivers them from the first attempt. A report is
/// queued only by the replica whose resolve script resolved its transaction, so it is delivered by one replica.
/// </summary>
internal sealed class RedisCallbackOutbox(RedisState redis, ILogger<RedisCallbackOutbox> logger) : ICallbackOutbox
{
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(15);
    public static readonly TimeSpan Renew = TimeSpan.FromSeconds(5);

    // KEYS: leases, jobs. ARGV: now (ms), new lease end (ms), how many. Returns id, json, id, json, ...
    private const string ClaimExpired = """
        local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[3]))
        local out = {}
        for _, id in ipairs(ids) do
          local json = redis.call('HGET', KEYS[2], id)
          if json then
            redis.call('ZADD', KEYS[1], ARGV[2], id)
            out[#out + 1] = id
            out[#out + 1] = json
          else
            redis.call('ZREM', KEYS[1], id)
          end
        end
        return out
        """;

    // KEYS: id counter, jobs, leases. ARGV: the job's JSON, its lease end (ms). Returns its id: one round trip.
    private const string Add = """
        local id = tostring(redis.call('INCR', KEYS[1]))
        redis.call('HSET', KEYS[2], id, ARGV[1])
        redis.call('ZADD', KEYS[3], ARGV[2], id)
        return id
        """;

    // KEYS: jobs, leases. ARGV: the id.
    private const string Remove = """
        redis.call('HDEL', KEYS[1], ARGV[1])
        redis.call('ZREM', KEYS[2], ARGV[1])
        return 1
        """;

    private readonly ConcurrentDictionary<string, byte> _held = new(StringComparer.Ordinal);

    private RedisKey Jobs => redis.Key("callbacks:jobs");

    private RedisKey Leases => redis.Key("callbacks:leases");

    public async ValueTask<CallbackJob> KeepAsync(CallbackJob job)
    {
        var stored = JsonSerializer.Serialize(new StoredJob(job.ClientId, job.RefId, job.Url.ToString(), job.JsonBody), CallbackJsonContext.Default.StoredJob);
        var id = (string)(await redis.Database.ScriptEvaluateAsync(Add, [redis.Key("callbacks:id"), Jobs, Leases], [stored, LeaseEnd()]))!;
        _held[id] = 0;
        return job with { OutboxId = id };
    }

    public async ValueTask DoneAsync(CallbackJob job)
    {
        if (job.OutboxId is not { } id)
        {
            return;
        }

        _held.TryRemove(id, out _);
        await redis.Database.ScriptEvaluateAsync(Remove, [Jobs, Leases], [id]);
    }

    /// <summary>Extends the leases of the reports this replica is delivering.</summary>
    public async Task RenewLeasesAsync()
    {
        var end = LeaseEnd();
        foreach (var id in _held.Keys)
        {
            await redis.Database.SortedSetAddAsync(Leases, id, end, SortedSetWhen.Exists);
        }
    }

    /// <summary>Claims reports whose replica stopped renewing their leases; this replica delivers them now.</summary>
    public async Task<IReadOnlyList<CallbackJob>> ClaimOrphansAsync(int most)
    {
        var reply = (RedisResult[])(await redis.Database.ScriptEvaluateAsync(
            ClaimExpired, [Leases, Jobs], [WallClock.Instance.GetUtcNow().ToUnixTimeMilliseconds(), LeaseEnd(), most]))!;
        var claimed = new List<CallbackJob>();
        for (var i = 0; i + 1 < reply.Length; i += 2)
        {
            var id = (string)reply[i]!;
            try
            {
                if (JsonSerializer.Deserialize((string)reply[i + 1]!, CallbackJsonContext.Default.StoredJob) is { } job &&
                    Uri.TryCreate(job.Url, UriKind.Absolute, out var url))
                {
                    _held[id] = 0;
                    claimed.Add(new CallbackJob(job.ClientId, job.RefId, url, job.JsonBody) { OutboxId = id });
                    continue;
                }
            }
            catch (JsonException ex)
            {
                CallbackMessages.StoredCallbackUnreadable(logger, ex, id);
            }

            // Unreadable: nobody could send it; it must not be claimed again and again.
            await DoneAsync(new CallbackJob("", "", new Uri("http://unreadable/"), null) { OutboxId = id });
        }

        return claimed;
    }

    private static long LeaseEnd() => (WallClock.Instance.GetUtcNow() + Lease).ToUnixTimeMilliseconds();

    /// <summary>A report as the outbox keeps it.</summary>
    internal sealed record StoredJob(string ClientId, string RefId, string Url, string? JsonBody);
}

/// <summary>With shared state: renews this replica's leases and takes over the reports of replicas that died.</summary>
internal sealed class OrphanedCallbacks(RedisCallbackOutbox outbox, CallbackQueue queue, RedisOutage outage, ILogger<OrphanedCallbacks> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(RedisCallbackOutbox.Renew, WallClock.Instance);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await outage.RunAsync(logger, "renewing callback leases", outbox.RenewLeasesAsync);
            await outage.RunAsync(logger, "taking over callbacks of a stopped replica", async () =>
            {
                foreach (var job in await outbox.ClaimOrphansAsync(100))
                {
                    await queue.RequeueAsync(job);
                }
            });
        }
    }
}
