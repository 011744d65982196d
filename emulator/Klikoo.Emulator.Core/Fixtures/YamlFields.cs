using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Klikoo.Emulator.Fixtures;

/// <summary>
/// Typed reads from one YAML mapping that record every problem with its position instead of throwing,
/// so a fixture file reports all of its mistakes at once.
/// </summary>
internal sealed class YamlFields
{
    private readonly FixtureReadContext _context;
    private readonly YamlMappingNode _mapping;

    private YamlFields(FixtureReadContext context, YamlMappingNode mapping)
    {
        _context = context;
        _mapping = mapping;
    }

    public YamlNode Node => _mapping;

    /// <summary>Opens <paramref name="node"/> as a mapping of <paramref name="allowed"/> keys; unknown keys are errors (typos would pass silently otherwise).</summary>
    public static YamlFields? Open(FixtureReadContext context, YamlNode node, string what, params string[] allowed)
    {
        if (node is not YamlMappingNode mapping)
        {
            context.Error(node, $"{what} must be a mapping of fields");
            return null;
        }

        foreach (var key in mapping.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value;
            if (name is null || !allowed.Contains(name, StringComparer.Ordinal))
            {
                context.Error(key, $"unknown field '{name}' in {what}; expected one of: {string.Join(", ", allowed)}");
            }
        }

        return new YamlFields(context, mapping);
    }

    public YamlNode? Get(string key) =>
        _mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>
    /// Reads text. As YAML (and the schema editors use) reads plain scalars, an unquoted <c>true</c>/<c>false</c>
    /// is a boolean and <c>~</c>/<c>null</c>/nothing is no value, never text; with <paramref name="rejectBareNumbers"/>
    /// an unquoted whole number is not text either.
    /// </summary>
    public string? String(string key, bool required, bool rejectBareNumbers = false)
    {
        var node = Get(key);
        if (node is null)
        {
            if (required)
            {
                _context.Error(_mapping, $"missing required field '{key}'");
            }

            return null;
        }

        if (node is not YamlScalarNode { Value: { } value })
        {
            _context.Error(node, $"'{key}' must be a single value");
            return null;
        }

        var plain = ((YamlScalarNode)node).Style == YamlDotNet.Core.ScalarStyle.Plain;
        if ((required && value.Length == 0) || (plain && value is "" or "~" or "null"))
        {
            _context.Error(node, $"'{key}' must not be empty");
            return null;
        }

        if (plain && (value is "true" or "false" || (rejectBareNumbers && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))))
        {
            _context.Error(node, $"'{key}' must be text, not the YAML {(value is "true" or "false" ? "boolean" : "number")} {value}; quote it: \"{value}\"");
            return null;
        }

        return value;
    }

    /// <summary>
    /// Reads optional text shown inside a one-line reply, page or message (a title, a name, a diagnosis's words):
    /// <paramref name="minLength"/> to <paramref name="maxLength"/> characters, no line break or other control character.
    /// </summary>
    public string? Line(string key, int minLength, int maxLength)
    {
        var text = String(key, required: false, rejectBareNumbers: true);
        if (text is not null && (text.Length < minLength || text.Length > maxLength || text.Any(char.IsControl)))
        {
            _context.Error(Get(key)!, $"'{key}' must be {minLength} to {maxLength} characters on one line");
            return null;
        }

        return text;
    }

    /// <summary>Reads an optional YAML boolean: an unquoted <c>true</c> or <c>false</c> (quoted, it is text).</summary>
    public bool Flag(string key)
    {
        var node = Get(key);
        if (node is null)
        {
            return false;
        }

        if (node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "true" or "false" } flag)
        {
            return flag.Value == "true";
        }

        _context.Error(node, $"'{key}' must be true or false (unquoted), not '{(node as YamlScalarNode)?.Value ?? "a list or mapping"}'");
        return false;
    }

    /// <summary>
    /// Reads a whole number from <paramref name="min"/> to <paramref name="max"/>: every number has a maximum the
    /// emulator can hold and act on (see <see cref="FixtureLimits"/>), so none overflows a duration, a timer or a sum.
    /// </summary>
    public long? Long(string key, bool required, long min, long max, string? unit = null)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        return Whole(_context, (YamlScalarNode)Get(key)!, key, min, max, unit);
    }

    /// <summary>Reads <paramref name="node"/> as an unquoted whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static long? Whole(FixtureReadContext context, YamlScalarNode node, string key, long min, long max, string? unit = null)
    {
        var text = node.Value ?? "";
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            context.Error(node, $"'{key}' must be a whole number{(unit is null ? "" : " of " + unit)} from {min} to {max}, not '{text}'");
            return null;
        }

        if (node.Style != YamlDotNet.Core.ScalarStyle.Plain)
        {
            context.Error(node, $"'{key}' must be a number, not the text '{text}'; write it without quotes");
            return null;
        }

        return value;
    }

    public TEnum? Enum<TEnum>(string key, bool required)
        where TEnum : struct, Enum
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (TryParseName<TEnum>(text, out var value))
        {
            return value;
        }

        _context.Error(Get(key)!, $"'{key}' must be one of {NamesOf<TEnum>()}, not '{text}'");
        return null;
    }

    /// <summary>Reads a name looked up in a table (families, destination rules); an unknown name is reported with the known ones.</summary>
    public T? Named<T>(string key, bool required, Func<string, T?> lookup, string names)
        where T : class
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (lookup(text) is { } value)
        {
            return value;
        }

        _context.Error(Get(key)!, $"'{key}' must be one of {names}, not '{text}'");
        return null;
    }

    /// <summary>Reads a value that may be written as one scalar or a list of scalars.</summary>
    public IReadOnlyList<(string Value, YamlNode Node)> OneOrMany(string key, bool required)
    {
        var node = Get(key);
        switch (node)
        {
            case null:
                if (required)
                {
                    _context.Error(_mapping, $"missing required field '{key}'");
                }

                return [];
            case YamlScalarNode { Value: { } single }:
                return [(single, node)];
            case YamlSequenceNode sequence:
                var items = new List<(string, YamlNode)>();
                foreach (var item in sequence)
                {
                    if (item is YamlScalarNode { Value: { } value })
                    {
                        items.Add((value, item));
                    }
                    else
                    {
                        _context.Error(item, $"each '{key}' entry must be a single value");
                    }
                }

                return items;
            default:
                _context.Error(node, $"'{key}' must be a value or a list of values");
                return [];
        }
    }

    /// <summary>Reads a name exactly as documented (and as the schema's enums list it): lower case, kebab-case.</summary>
    public static bool TryParseName<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var candidate in System.Enum.GetValues<TEnum>())
        {
            if (string.Equals(Kebab(candidate.ToString()), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    public static string NamesOf<TEnum>()
        where TEnum : struct, Enum =>
        string.Join(", ", System.Enum.GetNames<TEnum>().Select(Kebab));

    public static string Kebab(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
