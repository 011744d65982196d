using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Klikoo.Emulator.Tests.Fixtures;

/// <summary>
/// Turns a YAML document into JSON for the schema, remembering where each node was written. Plain (unquoted)
/// whole numbers and booleans become JSON numbers and booleans, as YAML editors read them; everything else is text.
/// </summary>
internal static class YamlJson
{
    /// <param name="node">The YAML document's root.</param>
    /// <param name="positions">Filled with where each JSON pointer's value was written.</param>
    /// <param name="keys">Filled with where each mapping entry's key was written: the place to point at for an unknown field.</param>
    public static JsonNode? Convert(YamlNode node, Dictionary<string, Mark> positions, Dictionary<string, Mark>? keys = null) =>
        Convert(node, "", positions, keys ?? []);

    private static JsonNode? Convert(YamlNode node, string pointer, Dictionary<string, Mark> positions, Dictionary<string, Mark> keys)
    {
        positions[pointer] = node.Start;
        switch (node)
        {
            case YamlMappingNode mapping:
                var obj = new JsonObject();
                foreach (var (key, value) in mapping.Children)
                {
                    var name = (key as YamlScalarNode)?.Value ?? "";
                    var child = $"{pointer}/{Escape(name)}";
                    obj[name] = Convert(value, child, positions, keys);
                    keys[child] = key.Start;
                }

                return obj;
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                var index = 0;
                foreach (var item in sequence)
                {
                    array.Add(Convert(item, $"{pointer}/{index++}", positions, keys));
                }

                return array;
            case YamlScalarNode { Value: var text, Style: var style }:
                if (style != ScalarStyle.Plain)
                {
                    return JsonValue.Create(text);
                }

                return text switch
                {
                    null or "" or "~" or "null" => null,
                    "true" => JsonValue.Create(true),
                    "false" => JsonValue.Create(false),
                    _ when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
                    _ => JsonValue.Create(text),
                };
            default:
                return null;
        }
    }

    private static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
