using Klikoo.Emulator.Scenarios;
using YamlDotNet.RepresentationModel;

namespace Klikoo.Emulator.Fixtures;

/// <summary>Reads <c>scenarios:</c> entries: rules that decide buy outcomes, matched by product, destination, ref_id, amount and client.</summary>
internal static class ScenarioSection
{
    public const string Key = "scenarios";
    private const int DefaultPriority = 100;

    public static Located<ScenarioRule>? Read(FixtureReadContext context, YamlNode node, int order)
    {
        var fields = YamlFields.Open(context, node, "a scenario", "name", "description", "priority", "match", "buy", "inquiry", "fault");
        if (fields is null)
        {
            return null;
        }

        var name = fields.String("name", required: true);
        var priority = fields.Long("priority", required: false, min: 0, max: FixtureLimits.MaxPriority) ?? DefaultPriority;
        var match = fields.Get("match") is { } matchNode ? YamlFields.Open(context, matchNode, "'match'", "product", "to", "refId", "amount", "client") : null;
        var buy = fields.Get("buy") is { } buyNode ? ReadBuy(context, buyNode) : null;
        var inquiryFailure = fields.Get("inquiry") is { } inquiryNode && YamlFields.Open(context, inquiryNode, "'inquiry'", "failure") is { } inquiry
            ? inquiry.String("failure", required: true)
            : null;
        var fault = fields.Get("fault") is { } faultNode ? ScenarioFaultSection.Read(context, faultNode) : null;
        if (fields.Get("buy") is null && fields.Get("inquiry") is null && fields.Get("fault") is null)
        {
            context.Error(node, "a scenario needs an outcome: 'buy', 'inquiry' or 'fault'");
        }

        var products = match?.OneOrMany("product", required: false).Select(p => p.Value).ToHashSet(StringComparer.Ordinal);
        var destination = ReadTextMatch(context, match?.Get("to"), "to");
        var refId = ReadTextMatch(context, match?.Get("refId"), "refId");
        var (min, max) = ReadAmount(context, match?.Get("amount"));
        var client = match?.String("client", required: false);

        if (name is null || (buy is null && inquiryFailure is null && fault is null))
        {
            return null;
        }

        var rule = new ScenarioRule(
            name, (int)priority, order, products is { Count: > 0 } ? products : null, destination, refId, min, max, client, buy, inquiryFailure, fault);
        return new Located<ScenarioRule>(rule, context, node);
    }

    private static BuyOutcome? ReadBuy(FixtureReadContext context, YamlNode node)
    {
        var fields = YamlFields.Open(context, node, "'buy'", "result", "pendingFor", "reason", "sn", "trxid", "balance");
        if (fields is null)
        {
            return null;
        }

        var result = fields.Enum<BuyResult>("result", required: true);
        var pendingSeconds = fields.Long("pendingFor", required: false, min: 1, max: FixtureLimits.MaxPendingForSeconds, unit: "seconds");
        var reason = fields.String("reason", required: false);
        if (result == BuyResult.Failed && reason is null)
        {
            context.Error(node, "a failed outcome needs a 'reason'");
        }

        if (result == BuyResult.Pending && pendingSeconds is not null)
        {
            context.Error(fields.Get("pendingFor")!, "'pendingFor' sets how long before success or failed; a pending result never resolves");
        }

        return result is null
            ? null
            : new BuyOutcome(
                result.Value,
                pendingSeconds is null ? null : TimeSpan.FromSeconds(pendingSeconds.Value),
                reason,
                fields.String("sn", required: false),
                fields.String("trxid", required: false),
                fields.Long("balance", required: false, min: 0, max: FixtureLimits.MaxRupiah));
    }

    private static TextMatch? ReadTextMatch(FixtureReadContext context, YamlNode? node, string key)
    {
        switch (node)
        {
            case null:
                return null;
            case YamlScalarNode { Value: { } exact }:
                return new TextMatch(Exact: exact);
        }

        var fields = YamlFields.Open(context, node, $"'{key}'", "prefix", "suffix", "pattern");
        if (fields is null)
        {
            return null;
        }

        var regex = fields.String("pattern", required: false) is { } pattern ? FixturePattern.Read(context, fields.Get("pattern")!, pattern) : null;
        return new TextMatch(Prefix: fields.String("prefix", required: false), Suffix: fields.String("suffix", required: false), Pattern: regex);
    }

    private static (long? Min, long? Max) ReadAmount(FixtureReadContext context, YamlNode? node)
    {
        if (node is null || YamlFields.Open(context, node, "'amount'", "min", "max") is not { } fields)
        {
            return (null, null);
        }

        var min = fields.Long("min", required: false, min: 0, max: FixtureLimits.MaxRupiah);
        var max = fields.Long("max", required: false, min: 0, max: FixtureLimits.MaxRupiah);
        if (min > max)
        {
            context.Error(fields.Get("min")!, $"amount.min ({min}) is greater than amount.max ({max})");
        }

        return (min, max);
    }
}
