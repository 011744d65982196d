using Klikoo.Emulator.Scenarios;
using YamlDotNet.RepresentationModel;

namespace Klikoo.Emulator.Fixtures;

/// <summary>Reads a scenario's <c>fault:</c>, the opt-in test aids: delay, drop, garble, status.</summary>
internal static class ScenarioFaultSection
{
    private static readonly string[] Operations = ["inquiry", "buy"];

    public static TestFault? Read(FixtureReadContext context, YamlNode node)
    {
        var fields = YamlFields.Open(context, node, "'fault'", "on", "delay", "drop", "garble", "status");
        if (fields is null)
        {
            return null;
        }

        var on = fields.OneOrMany("on", required: false);
        foreach (var (operation, at) in on.Where(o => !Operations.Contains(o.Value, StringComparer.Ordinal)))
        {
            context.Error(at, $"'on' must be inquiry or buy, not '{operation}'");
        }

        var delay = ReadDelay(context, fields.Get("delay"));
        var drop = fields.Flag("drop");
        var garble = fields.Flag("garble");
        var status = fields.Long("status", required: false, min: 500, max: 599);

        if ((drop ? 1 : 0) + (garble ? 1 : 0) + (status is null ? 0 : 1) > 1)
        {
            context.Error(node, "a fault can drop, garble or set a status, only one of them");
        }

        // A delay or status already reported as wrong is not missing as well.
        if (!drop && !garble && fields.Get("status") is null && delay is { Max.Ticks: 0 })
        {
            context.Error(node, "a fault needs one of 'delay', 'drop', 'garble' or 'status'");
        }

        var operations = on.Count == 0 ? Operations.ToHashSet(StringComparer.Ordinal) : on.Select(o => o.Value).ToHashSet(StringComparer.Ordinal);
        var (min, max) = delay ?? (TimeSpan.Zero, TimeSpan.Zero);
        return new TestFault(operations, min, max, drop, garble, (int?)status);
    }

    // delay: 2000 (milliseconds), or delay: { min: 100, max: 3000 } for a seeded random delay in between; at most
    // FixtureLimits.MaxDelayMilliseconds, so the wait is always one a timer can make. Null when wrong (and reported).
    private static (TimeSpan Min, TimeSpan Max)? ReadDelay(FixtureReadContext context, YamlNode? node)
    {
        switch (node)
        {
            case null:
                return (TimeSpan.Zero, TimeSpan.Zero);
            case YamlScalarNode scalar:
                return YamlFields.Whole(context, scalar, "delay", 0, FixtureLimits.MaxDelayMilliseconds, "milliseconds") is { } fixedMs
                    ? (TimeSpan.FromMilliseconds(fixedMs), TimeSpan.FromMilliseconds(fixedMs))
                    : null;
        }

        if (YamlFields.Open(context, node, "'delay'", "min", "max") is not { } range)
        {
            return null;
        }

        var min = range.Long("min", required: true, min: 0, max: FixtureLimits.MaxDelayMilliseconds, unit: "milliseconds");
        var max = range.Long("max", required: true, min: 0, max: FixtureLimits.MaxDelayMilliseconds, unit: "milliseconds");
        if (min is null || max is null)
        {
            return null;
        }

        if (min > max)
        {
            context.Error(range.Get("min")!, $"delay.min ({min}) is greater than delay.max ({max})");
            return null;
        }

        return (TimeSpan.FromMilliseconds(min.Value), TimeSpan.FromMilliseconds(max.Value));
    }
}
