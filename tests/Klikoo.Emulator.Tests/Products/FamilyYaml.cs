using System.Text;

namespace Klikoo.Emulator.Tests.Products;

/// <summary>
/// Writes <c>families:</c> entries from ordered fields in block or flow style and remembers where each node went, so a
/// test can say at which line and column the validator must report a mutated node. Paths are <c>name</c>,
/// <c>destination/pattern</c>; <c>key:</c> before a path is where its key starts; the empty path is the entry itself.
/// </summary>
internal sealed class FamilyYaml
{
    private readonly StringBuilder _text = new();
    private readonly Dictionary<string, (int Line, int Column)> _at = new(StringComparer.Ordinal);
    private int _line = 1;

    /// <summary>One field: a scalar written as given (already quoted when it needs to be) or a nested mapping.</summary>
    internal sealed record Field(string Key, string? Scalar, IReadOnlyList<Field>? Mapping = null)
    {
        public static Field Of(string key, string scalar) => new(key, scalar);

        public static Field Of(string key, params Field[] mapping) => new(key, null, mapping);
    }

    /// <summary>An entry of the list and the style it is written in.</summary>
    internal sealed record Entry(IReadOnlyList<Field> Fields, bool Flow);

    public string Text => _text.ToString();

    /// <summary>Where entry <paramref name="entry"/>'s node at <paramref name="path"/> starts (1-based, as the validator reports).</summary>
    public (int Line, int Column) At(int entry, string path) => _at[$"{entry}|{path}"];

    public static FamilyYaml Write(IReadOnlyList<Entry> entries, string header = "")
    {
        var yaml = new FamilyYaml();
        yaml.Append(header + "families:\n");
        for (var i = 0; i < entries.Count; i++)
        {
            yaml.Append("  - ");
            if (entries[i].Flow)
            {
                yaml.Flow(i, "", entries[i].Fields);
            }
            else
            {
                yaml.Block(i, "", entries[i].Fields, indent: 4, first: true);
            }

            yaml.Append("\n");
        }

        return yaml;
    }

    private void Block(int entry, string path, IReadOnlyList<Field> fields, int indent, bool first)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (!first || i > 0)
            {
                Append("\n" + new string(' ', indent));
            }

            if (i == 0)
            {
                Mark(entry, path);
            }

            var field = fields[i];
            var child = Join(path, field.Key);
            Mark(entry, "key:" + child);
            Append(field.Key + ":");
            if (field.Scalar is { } scalar)
            {
                Append(" ");
                Mark(entry, child);
                Append(scalar);
            }
            else
            {
                Block(entry, child, field.Mapping!, indent + 2, first: false);
            }
        }
    }

    private void Flow(int entry, string path, IReadOnlyList<Field> fields)
    {
        Mark(entry, path);
        Append("{ ");
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            var child = Join(path, field.Key);
            Append(i == 0 ? "" : ", ");
            Mark(entry, "key:" + child);
            Append(field.Key + ": ");
            if (field.Scalar is { } scalar)
            {
                Mark(entry, child);
                Append(scalar);
            }
            else
            {
                Flow(entry, child, field.Mapping!);
            }
        }

        Append(" }");
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "/" + key;

    private void Mark(int entry, string path) => _at[$"{entry}|{path}"] = (_line, Column());

    private int Column()
    {
        var text = _text.ToString();
        return text.Length - (text.LastIndexOf('\n') + 1) + 1;
    }

    private void Append(string text)
    {
        _text.Append(text);
        _line += text.Count(c => c == '\n');
    }

    /// <summary>The fields with the node at <paramref name="path"/> replaced by <paramref name="replacement"/>, or removed when it is <see langword="null"/>.</summary>
    public static IReadOnlyList<Field> Replace(IReadOnlyList<Field> fields, string path, Field? replacement)
    {
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        var key = slash < 0 ? path : path[..slash];
        return [.. fields.SelectMany<Field, Field>(f => f.Key != key ? [f]
            : slash >= 0 ? [f with { Mapping = Replace(f.Mapping!, path[(slash + 1)..], replacement) }]
            : replacement is null ? [] : [replacement])];
    }

    /// <summary>The fields with <paramref name="added"/> appended to the mapping at <paramref name="path"/> (the entry itself when empty).</summary>
    public static IReadOnlyList<Field> Add(IReadOnlyList<Field> fields, string path, Field added) =>
        path.Length == 0 ? [.. fields, added] : [.. fields.Select(f => f.Key == path ? f with { Mapping = [.. f.Mapping!, added] } : f)];

    /// <summary>A double-quoted YAML scalar: backslash and quote escaped, any other character as it is.</summary>
    public static string DoubleQuoted(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>A single-quoted YAML scalar: no escapes but a doubled quote.</summary>
    public static string SingleQuoted(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
