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

        var (min, max) = ReadDelay(context, fields.Get("delay"));
        var drop = fields.Flag("drop");
        var garble = fields.Flag("garble");
        var status = fields.Long("status", required: false, min: 500);
        if (status is > 599)
        {
            context.Error(fields.Get("status")!, $"'status' must be a 5xx HTTP status, not {status}");
        }

        if ((drop ? 1 : 0) + (garble ? 1 : 0) + (status is null ? 0 : 1) > 1)
        {
            context.Error(node, "a fault can drop, garble or set a status, only one of them");
        }

        if (!drop && !garble && status is null && max == TimeSpan.Zero)
        {
            context.Error(node, "a fault needs one of 'delay', 'drop', 'garble' or 'status'");
        }

        var operations = on.Count == 0 ? Operations.ToHashSet(StringComparer.Ordinal) : on.Select(o => o.Value).ToHashSet(StringComparer.Ordinal);
        return new TestFault(operations, min, max, drop, garble, (int?)status);
    }

    // delay: 2000 (milliseconds), or delay: { min: 100, max: 3000 } for a seeded random delay in between.
    private static (TimeSpan Min, TimeSpan Max) ReadDelay(FixtureReadContext context, YamlNode? node)
    {
        switch (node)
        {
            case null:
                return (TimeSpan.Zero, TimeSpan.Zero);
            case YamlScalarNode { Value: var text } when long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var fixedMs):
                return (TimeSpan.FromMilliseconds(fixedMs), TimeSpan.FromMilliseconds(fixedMs));
        }

        if (YamlFields.Open(context, node, "'delay'", "min", "max") is not { } range)
        {
            return (TimeSpan.Zero, TimeSpan.Zero);
        }

        var min = range.Long("min", required: true) ?? 0;
        var max = range.Long("max", required: true) ?? 0;
        if (min > max)
        {
            context.Error(range.Get("min")!, $"delay.min ({min}) is greater than delay.max ({max})");
        }

        return (TimeSpan.FromMilliseconds(min), TimeSpan.FromMilliseconds(Math.Max(min, max)));
    }
}
