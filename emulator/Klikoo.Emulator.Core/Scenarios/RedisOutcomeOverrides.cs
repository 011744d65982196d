using System.Globalization;
using System.Text.Json;
using Klikoo.Emulator.Irs;
using Klikoo.Emulator.State;
using StackExchange.Redis;

namespace Klikoo.Emulator.Scenarios;

/// <summary>
/// Overrides in Redis, one hash field per override, so an override set through one replica is used by the next
/// matching buy whichever replica takes it, and by only one: taking it is deleting its field, which one caller wins.
/// </summary>
internal sealed class RedisOutcomeOverrides(RedisState redis) : IOutcomeOverrides
{
    // KEYS: overrides, id counter. ARGV: capacity, then the override's JSON with "{id}" where its id goes.
    private const string Add = """
        if redis.call('HLEN', KEYS[1]) >= tonumber(ARGV[1]) then return false end
        local id = 'o' .. redis.call('INCR', KEYS[2])
        redis.call('HSET', KEYS[1], id, (string.gsub(ARGV[2], '{id}', id, 1)))
        return id
        """;

    private RedisKey Key => redis.Key("overrides");

    public OutcomeOverride? TryAdd(string? refId, string? to, BuyOutcome buy, DateTimeOffset now)
    {
        var template = JsonSerializer.Serialize(new OutcomeOverride("{id}", refId, to, buy, now), ScenarioJsonContext.Default.OutcomeOverride);
        var id = redis.Database.ScriptEvaluate(Add, [Key, redis.Key("overrides:id")], [OutcomeOverrides.Capacity, template]);
        return id.IsNull ? null : new OutcomeOverride((string)id!, refId, to, buy, now);
    }

    public IReadOnlyList<OutcomeOverride> Snapshot() =>
        [.. redis.Database.HashGetAll(Key)
            .Select(e => JsonSerializer.Deserialize((string)e.Value!, ScenarioJsonContext.Default.OutcomeOverride))
            .OfType<OutcomeOverride>()
            .OrderBy(o => long.TryParse(o.Id.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : long.MaxValue)];

    public bool Remove(string id) => redis.Database.HashDelete(Key, id);

    public OutcomeOverride? Find(ValidatedRequest request)
    {
        foreach (var o in Snapshot())
        {
            if ((o.RefId is null || o.RefId == request.RefId) && (o.To is null || o.To == request.Destination))
            {
                return o;
            }
        }

        return null;
    }

    public bool TryTake(OutcomeOverride found) => redis.Database.HashDelete(Key, found.Id);

    public void Reset() => redis.Database.KeyDelete([Key, redis.Key("overrides:id")]);
}
