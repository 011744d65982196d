using Klikoo.Emulator.Products;
using YamlDotNet.RepresentationModel;

namespace Klikoo.Emulator.Fixtures;

/// <summary>Reads <c>families:</c> entries: what differs between product families, as data (docs/fixtures.md#families).</summary>
internal static class FamilySection
{
    public const string Key = "families";
    private const int MaxNameLength = 32;
    private const int MaxPrefixLength = 16;
    private const int MaxSerialDigits = 40;

    public static Located<FamilyProfile>? Read(FixtureReadContext context, YamlNode node)
    {
        var fields = YamlFields.Open(
            context, node, "a family", "name", "title", "category", "destination", "customerName", "namePrefix", "power", "serial", "generatedName", "postpaid");
        if (fields is null)
        {
            return null;
        }

        var name = Word(context, fields, "name", required: true);
        var category = Word(context, fields, "category", required: true);
        var title = fields.Line("title", 1, MaxNameLength);
        var prefix = fields.Line("namePrefix", 0, MaxPrefixLength);
        var display = fields.Enum<CustomerNameDisplay>("customerName", required: true);
        var generated = Generated(context, fields, display);
        var power = fields.Flag("power");
        var serial = Serial(context, fields);
        var postpaid = Postpaid(context, fields.Get("postpaid"));
        var destination = fields.Get("destination") is { } destinationNode
            ? DestinationSection.Read(context, destinationNode, name ?? "family")
            : Missing<DestinationRule>(context, fields, "destination");

        if (name is null || category is null || display is null || generated is null || serial is null || destination is null ||
            (fields.Get("title") is not null && title is null) || (fields.Get("namePrefix") is not null && prefix is null) ||
            (fields.Get("postpaid") is not null && postpaid is null))
        {
            return null;
        }

        var family = new FamilyProfile(name, category, destination, display.Value, prefix ?? "", power, serial, generated.Value, title ?? name.ToUpperInvariant(), postpaid);
        return new Located<FamilyProfile>(family, context, fields.Get("name")!);
    }

    // A family's name and category are written in fixtures and JSON filters: lower case, digits and single dashes.
    private static string? Word(FixtureReadContext context, YamlFields fields, string key, bool required)
    {
        var text = fields.String(key, required, rejectBareNumbers: true);
        if (text is not null && !IsWord(text))
        {
            context.Error(fields.Get(key)!, $"'{key}' must be 1 to {MaxNameLength} lower-case letters, digits and single '-' between them, starting with a letter, not '{text}'");
            return null;
        }

        return text;
    }

    internal static bool IsWord(string text) =>
        text.Length is > 0 and <= MaxNameLength && char.IsAsciiLetterLower(text[0]) && text[^1] != '-' &&
        !text.Contains("--", StringComparison.Ordinal) && text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    // A family that shows no name generates none, and one that shows a name generates one: an inquiry never lacks
    // the name its family's line has (docs/klikoo-interface.md#inquiry-replies).
    private static GeneratedName? Generated(FixtureReadContext context, YamlFields fields, CustomerNameDisplay? display)
    {
        var generated = fields.Enum<GeneratedName>("generatedName", required: false);
        if (display is null || (generated is null && fields.Get("generatedName") is not null))
        {
            return null;
        }

        var shows = display != CustomerNameDisplay.None;
        generated ??= shows ? GeneratedName.FullName : GeneratedName.None;
        if (shows == (generated == GeneratedName.None))
        {
            context.Error(fields.Get("generatedName")!, shows
                ? $"'generatedName' cannot be none when 'customerName' is {YamlFields.Kebab(display.Value.ToString())}: generated customers need a name to show"
                : "'generatedName' must be none (or left out) when 'customerName' is none: the inquiry shows no name");
            return null;
        }

        return generated;
    }

    // docs/fixtures.md#postpaid-bills: the kind decides the bill's own fields.
    private static PostpaidProfile? Postpaid(FixtureReadContext context, YamlNode? node)
    {
        if (node is null || YamlFields.Open(context, node, "'postpaid'", "kind", "maxPeriods") is not { } fields)
        {
            return null;
        }

        var kind = fields.Enum<PostpaidKind>("kind", required: true);
        var maxPeriods = fields.Long("maxPeriods", required: true, min: 1, max: PostpaidProfile.MaxPeriodsLimit);
        return kind is null || maxPeriods is null ? null : new PostpaidProfile(kind.Value, (int)maxPeriods.Value);
    }

    private static SerialForm? Serial(FixtureReadContext context, YamlFields fields)
    {
        switch (fields.Get("serial"))
        {
            case null:
                return Missing<SerialForm>(context, fields, "serial");
            case YamlScalarNode { Value: "pln-token" }:
                return new SerialForm.PlnToken();
            case YamlMappingNode mapping when YamlFields.Open(context, mapping, "'serial'", "digits") is { } serial:
                return serial.Long("digits", required: true, min: 1, max: MaxSerialDigits) is { } digits ? new SerialForm.Digits((int)digits) : null;
            case YamlMappingNode:
                return null;
            case var other:
                context.Error(other, $"'serial' must be pln-token or {{ digits: 1 to {MaxSerialDigits} }}, not '{(other as YamlScalarNode)?.Value ?? "a list"}'");
                return null;
        }
    }

    private static T? Missing<T>(FixtureReadContext context, YamlFields fields, string key)
        where T : class
    {
        context.Error(fields.Node, $"missing required field '{key}'");
        return null;
    }
}
