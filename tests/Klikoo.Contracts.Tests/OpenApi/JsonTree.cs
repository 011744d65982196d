using System.Text;

namespace Klikoo.Contracts.Tests.OpenApi;

/// <summary>
/// A generated JSON value that knows its own texts, as an oracle independent of the code under test: compact in
/// order, compact with keys sorted (by the unescaped key's UTF-8 bytes, as Go sorts), and pretty with random
/// whitespace and, if asked, shuffled keys. Seeded, so a failure replays.
/// </summary>
internal abstract record JsonTree
{
    // (raw text inside the quotes, unescaped key): escapes, non-ASCII, a surrogate pair and U+E000 (UTF-16 and UTF-8 orders differ there).
    private static readonly (string Raw, string Name)[] Keys =
    [
        ("a", "a"), ("b", "b"), ("B", "B"), ("aa", "aa"), ("_", "_"), ("10", "10"), ("2", "2"), ("amount", "amount"),
        ("product_code", "product_code"), ("msidn", "msidn"), ("b\\u0041", "bA"), ("\\n", "\n"), ("é", "é"), ("\\u00e8", "è"),
        ("😀", "😀"), ("\uE000", "\uE000"), ("a\\\"b", "a\"b"), ("a b", "a b"), ("", ""), ("value", "value"),
    ];

    private static readonly string[] Leaves =
    [
        "0", "-12", "3.50", "1e10", "-0.5E-3", "20500", "true", "false", "null", "\"\"", "\"081294482354\"", "\"a\\\"b\"",
        "\"\\u00e9\\n\\t\"", "\"é ü 😀\"", "\"<script>&amp;\"", "\"  spaced  out  \"", "\"\\/slash\"", "\"{}[],:\"",
    ];

    private static readonly string[] Spaces = ["", "", " ", "  ", "\t", "\n", "\r\n", " \n\t "];

    public static JsonTree Generate(Random random, int depth = 0)
    {
        var kind = depth >= 4 ? 2 : random.Next(depth == 0 ? 2 : 3);
        switch (kind)
        {
            case 0:
                var members = Keys.OrderBy(_ => random.Next()).Take(random.Next(0, 7)).Select(k => (k.Raw, k.Name, Generate(random, depth + 1))).ToList();
                return new JsonObject(members);
            case 1:
                return new JsonArray([.. Enumerable.Range(0, random.Next(0, 5)).Select(_ => Generate(random, depth + 1))]);
            default:
                return new JsonLeaf(Leaves[random.Next(Leaves.Length)]);
        }
    }

    public abstract void Compact(StringBuilder text, bool sorted);

    public abstract void Pretty(StringBuilder text, Random random, bool shuffle);

    public string Compact(bool sorted)
    {
        var text = new StringBuilder();
        Compact(text, sorted);
        return text.ToString();
    }

    public string Pretty(Random random, bool shuffle)
    {
        var text = new StringBuilder();
        text.Append(Space(random));
        Pretty(text, random, shuffle);
        text.Append(Space(random));
        return text.ToString();
    }

    protected static string Space(Random random) => Spaces[random.Next(Spaces.Length)];

    public static int CompareNames(string x, string y) => Encoding.UTF8.GetBytes(x).AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(y));
}

internal sealed record JsonLeaf(string Text) : JsonTree
{
    public override void Compact(StringBuilder text, bool sorted) => text.Append(Text);

    public override void Pretty(StringBuilder text, Random random, bool shuffle) => text.Append(Text);
}

internal sealed record JsonArray(IReadOnlyList<JsonTree> Items) : JsonTree
{
    public override void Compact(StringBuilder text, bool sorted)
    {
        text.Append('[');
        for (var i = 0; i < Items.Count; i++)
        {
            text.Append(i > 0 ? "," : "");
            Items[i].Compact(text, sorted);
        }

        text.Append(']');
    }

    public override void Pretty(StringBuilder text, Random random, bool shuffle)
    {
        text.Append('[').Append(Space(random));
        for (var i = 0; i < Items.Count; i++)
        {
            text.Append(i > 0 ? Space(random) + "," + Space(random) : "");
            Items[i].Pretty(text, random, shuffle);
        }

        text.Append(Space(random)).Append(']');
    }
}

internal sealed record JsonObject(IReadOnlyList<(string Raw, string Name, JsonTree Value)> Members) : JsonTree
{
    public override void Compact(StringBuilder text, bool sorted)
    {
        var members = sorted ? [.. Members.Order(Comparer<(string Raw, string Name, JsonTree Value)>.Create((x, y) => CompareNames(x.Name, y.Name)))] : Members;
        text.Append('{');
        for (var i = 0; i < members.Count; i++)
        {
            text.Append(i > 0 ? "," : "").Append('"').Append(members[i].Raw).Append("\":");
            members[i].Value.Compact(text, sorted);
        }

        text.Append('}');
    }

    public override void Pretty(StringBuilder text, Random random, bool shuffle)
    {
        var members = shuffle ? [.. Members.OrderBy(_ => random.Next())] : Members;
        text.Append('{').Append(Space(random));
        for (var i = 0; i < members.Count; i++)
        {
            text.Append(i > 0 ? Space(random) + "," + Space(random) : "");
            text.Append('"').Append(members[i].Raw).Append('"').Append(Space(random)).Append(':').Append(Space(random));
            members[i].Value.Pretty(text, random, shuffle);
        }

        text.Append(Space(random)).Append('}');
    }
}
