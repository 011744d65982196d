using System.Globalization;
using System.Text.Json;
using Klikoo.Emulator.State;
using StackExchange.Redis;

namespace Klikoo.Emulator.Scenarios;

/// <summary>
/// Overrides in Redis, one hash field per override, so an override set through one replica is used by the next
/// matching buy whichever replica takes it, and by only one: the new-buy script (RedisTransactionScripts.Create)
/// takes it by deleting its field, with the transaction it decides, so one buy wins it.
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

    private RedisKey Key => KeyOf(redis);

    public OutcomeOverride? TryAdd(string? refId, string? to, BuyOutcome buy, DateTimeOffset now)
    {
        var template = JsonSerializer.Serialize(new OutcomeOverride("{id}", refId, to, buy, now), ScenarioJsonContext.Default.OutcomeOverride);
        var id = redis.Database.ScriptEvaluate(Add, [Key, redis.Key("overrides:id")], [OutcomeOverrides.Capacity, template]);
        return id.IsNull ? null : new OutcomeOverride((string)id!, refId, to, buy, now);
    }

    public IReadOnlyList<OutcomeOverride> Snapshot() => Read(redis.Database.HashGetAll(Key).Select(e => e.Value));

    /// <summary>Overrides as the hash keeps them (JSON values), oldest first, as the in-memory list keeps them.</summary>
    public static IReadOnlyList<OutcomeOverride> Read(IEnumerable<RedisValue> values) =>
        [.. values
            .Select(v => JsonSerializer.Deserialize((string)v!, ScenarioJsonContext.Default.OutcomeOverride))
            .OfType<OutcomeOverride>()
            .OrderBy(o => long.TryParse(o.Id.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : long.MaxValue)];

    /// <summary>The key the overrides hash is kept under (the new-buy scripts read and take from it).</summary>
    public static RedisKey KeyOf(RedisState redis) => redis.Key("overrides");

    public bool Remove(string id) => redis.Database.HashDelete(Key, id);

    public void Reset() => redis.Database.KeyDelete([Key, redis.Key("overrides:id")]);
}
