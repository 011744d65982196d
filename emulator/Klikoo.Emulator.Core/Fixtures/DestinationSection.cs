using Klikoo.Emulator.Products;
using YamlDotNet.RepresentationModel;

namespace Klikoo.Emulator.Fixtures;

/// <summary>
/// Reads a <c>destination:</c> of a family or a product: a named rule (<c>phone</c>, <c>pln-number</c>,
/// <c>maxim-driver</c>) or one written out as <c>{ pattern, example, description, format }</c> (docs/fixtures.md#families).
/// </summary>
internal static class DestinationSection
{
    /// <summary>Characters of a destination example; Klikoo's destinations are far shorter.</summary>
    private const int MaxExampleLength = 64;

    /// <summary>Characters of a rule's description or format, shown in the journal's diagnosis.</summary>
    private const int MaxTextLength = 100;

    private static readonly string RuleNames = string.Join(", ", DestinationRules.Named.Select(rule => rule.Name));

    /// <summary>The rule, or <see langword="null"/> with located errors; <paramref name="owner"/> (the family's name or the product's code) names a written-out rule and describes it when no <c>description</c> is given.</summary>
    public static DestinationRule? Read(FixtureReadContext context, YamlNode node, string owner)
    {
        if (node is YamlScalarNode { Value: { } name })
        {
            var named = DestinationRules.Named.FirstOrDefault(rule => string.Equals(rule.Name, name, StringComparison.Ordinal));
            if (named is null)
            {
                context.Error(node, $"'destination' must be one of {RuleNames}, or a mapping with 'pattern' and 'example', not '{name}'");
            }

            return named;
        }

        var fields = YamlFields.Open(context, node, "'destination'", "pattern", "example", "description", "format");
        if (fields is null)
        {
            return null;
        }

        var pattern = fields.String("pattern", required: true, rejectBareNumbers: true);
        var example = fields.String("example", required: true, rejectBareNumbers: true);
        var description = fields.Line("description", 1, MaxTextLength) ?? $"{owner} destination";
        var format = fields.Line("format", 1, MaxTextLength);
        if (pattern is null || FixturePattern.Read(context, fields.Get("pattern")!, pattern) is null || example is null)
        {
            return null;
        }

        DestinationRule rule;
        try
        {
            rule = new DestinationRule(owner, pattern, example, description, format ?? "");
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            // Valid alone, but not as a whole-destination match: an inline (?x) comment swallowing the end, for one.
            context.Error(fields.Get("pattern")!, $"'pattern' cannot match a whole destination: {ex.Message}");
            return null;
        }

        if (example.Length > MaxExampleLength)
        {
            context.Error(fields.Get("example")!, $"'example' is {example.Length} characters long; at most {MaxExampleLength}");
            return null;
        }

        if (!rule.Matches(example))
        {
            context.Error(fields.Get("example")!, $"'example' '{example}' does not match its own pattern {pattern}");
            return null;
        }

        return rule;
    }
}
