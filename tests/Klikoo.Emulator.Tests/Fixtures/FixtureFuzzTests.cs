using System.Diagnostics;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Klikoo.Emulator.Fixtures;

namespace Klikoo.Emulator.Tests.Fixtures;

/// <summary>
/// Property: whatever text a fixture file holds, validation ends quickly with either a catalogue or errors that
/// each point inside the file, and nothing escapes <see cref="FixtureValidator"/>. Ten thousand cases: mutations
/// of the shipped files (truncation, YAML punctuation, lines removed or repeated) and generated documents (deep
/// nesting, anchors and aliases, numbers past every range). Seeded, so a failure replays; FsCheck shrinks it.
/// </summary>
public sealed class FixtureFuzzTests
{
    private const int MutationsPerShippedFile = 1_500;
    private const int GeneratedDocuments = 4_000;

    // Generous: only a hang or a runaway could take this long for a file of a few kilobytes.
    private static readonly TimeSpan CaseBudget = TimeSpan.FromSeconds(5);

    private static readonly FixtureFile[] Shipped = [.. FixtureLoader.Load(RepositoryPaths.Fixtures)];

    private static readonly string[] Punctuation =
    [
        "[", "]", "{", "}", ":", ": ", "- ", "? ", ",", "&a ", "*a", "&b ", "*b", "!", "!!str ", "!!map ", "|", ">", "|-\n", "'", "\"",
        "#", "%", "%YAML 1.1\n", "@", "`", "\n", "  ", "\t", "---\n", "...\n", "&", "*", "\\", "\"\\x\"", "\u00e9", "<<: *a\n",
        "9223372036854775808", "99999999999999999999", "-1", "0x10", "1e9", "~", "null", "true", "? *a : x\n",
    ];

    [TestCaseSource(typeof(RepositoryPaths), nameof(RepositoryPaths.ShippedFixtureFiles))]
    public void Validate_MutatedShippedFile_CatalogueOrLocatedErrors(string file)
    {
        var index = Array.FindIndex(Shipped, f => f.Path == file);
        var edit = Gen.Choose(0, 5).SelectMany(kind => Gen.Choose(0, 1 << 20), (kind, where) => (kind, where))
            .SelectMany(e => Gen.Choose(0, Punctuation.Length - 1), (e, what) => new Edit(e.kind, e.where, what));
        var edits = Arb.From(
            Gen.NonEmptyListOf(edit).Select(list => list.Take(6).ToArray()),
            list => list.Select((_, skip) => list.Where((_, i) => i != skip).ToArray()).Where(l => l.Length > 0));

        var tried = 0;

        Check.One(Configuration(MutationsPerShippedFile, seed: (ulong)index + 1), Prop.ForAll(edits, list =>
        {
            tried++;
            var files = Shipped.ToArray();
            files[index] = files[index] with { Text = Apply(files[index].Text, list) };
            CatalogueOrLocatedErrors(files);
        }));

        tried.Should().Be(MutationsPerShippedFile);
    }

    [Test]
    public void Validate_GeneratedDocument_CatalogueOrLocatedErrors()
    {
        var documents = Gen.Sized(size => Document(Math.Max(size, 1))).ToArbitrary();

        var tried = 0;

        Check.One(Configuration(GeneratedDocuments, seed: 20241112), Prop.ForAll(documents, text =>
        {
            tried++;
            CatalogueOrLocatedErrors([.. Shipped, new FixtureFile("generated.yaml", text)]);
        }));

        tried.Should().Be(GeneratedDocuments);
    }

    private static Config Configuration(int cases, ulong seed) =>
        Config.QuickThrowOnFailure.WithMaxTest(cases).WithQuietOnSuccess(true).WithReplay(seed, 0x9E3779B97F4A7C15UL);

    private static void CatalogueOrLocatedErrors(FixtureFile[] files)
    {
        var watch = Stopwatch.StartNew();
        var result = FixtureValidator.Validate(files);
        var problem = watch.Elapsed > CaseBudget ? $"took {watch.Elapsed.TotalSeconds:0.0} s"
            : result.IsValid ? (result.Errors.Count == 0 ? null : "a catalogue with errors")
            : result.Errors.Count == 0 ? "neither a catalogue nor errors"
            : result.Errors.Select(e => Misplaced(files, e)).FirstOrDefault(p => p is not null);
        if (problem is not null)
        {
            Assert.Fail($"{problem}{Environment.NewLine}{string.Join(Environment.NewLine, result.Errors.Take(5))}{Environment.NewLine}--- text ---{Environment.NewLine}{files.Last().Text}");
        }
    }

    private static string? Misplaced(FixtureFile[] files, FixtureError error)
    {
        if (files.FirstOrDefault(f => f.Path == error.File) is not { } file)
        {
            return $"an error in '{error.File}', which is not a fixture file";
        }

        if (error.Message.StartsWith("internal error", StringComparison.Ordinal))
        {
            return $"an internal error: {error}";
        }

        // YAML's line breaks; the generated text has no others.
        var lines = file.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r');
        return error.Line >= 1 && error.Line <= lines.Length && error.Column >= 1 && error.Column <= lines[error.Line - 1].Length + 1
            ? null
            : $"{error} is outside the file ({lines.Length} lines)";
    }

    private static string Apply(string text, IEnumerable<Edit> edits)
    {
        foreach (var (kind, where, what) in edits)
        {
            var at = where % (text.Length + 1);
            var lines = text.Split('\n').ToList();
            var line = where % lines.Count;
            text = kind switch
            {
                0 => text[..at],
                1 or 2 => text.Insert(at, Punctuation[what]),
                3 => string.Join('\n', lines.Where((_, i) => i != line)),
                4 => string.Join('\n', lines.Take(line + 1).Append(lines[line]).Concat(lines.Skip(line + 1))),
                _ => text.Remove(at, Math.Min(what + 1, text.Length - at)),
            };
        }

        return text;
    }

    private sealed record Edit(int Kind, int Where, int What);

    // A fixture-shaped document: sections of entries whose fields are mostly the right ones, with values at and past
    // every range, hostile patterns, garbage, anchors and aliases (also as keys, also cycles); sometimes with deep
    // nesting or an alias chain that repeats itself exponentially.
    private static Gen<string> Document(int size) =>
        from count in Gen.Choose(1, Math.Min(4, 1 + (size / 25)))
        from sections in Gen.ListOf(Section(size), count)
        from extra in Gen.Frequency((6, Gen.Constant("")), (1, DeepNesting()), (1, AliasChain()), (1, Gen.Constant("? *a0 : x\n")))
        select string.Concat(sections) + extra;

    private static readonly string[] Numbers =
    [
        "0", "1", "-1", "30", "599", "600000", "600001", "2592000", "2592001", "2147483647", "2147483648", "999999999999999",
        "1000000000000000", "9223372036854775807", "9223372036854775808", "99999999999999999999999999", "1e9", "0x1F", "1.5", "'12'",
    ];

    private static readonly string[] Texts =
    [
        "'081234567890'", "'01105691111'", "'0817345544'", "Budi Santoso", "R1/2200VA", "R1/900", "'http://x/{message}'", "'http://x/report'",
        "''", "~", "true", "12345", "\"\\u0000\"", "PLN20", "OVO10", "DNOPEN", "pln 20", "3000000", "c17229eb-3d2b-4576-8f5d-c2e716da764b",
    ];

    private static readonly string[] Patterns =
        ["'^(a|aa)+$'", @"'(a)\1'", "'(?=a)b'", "'(?>a+)b'", "'['", @"'^0812\d+$'", "'" + new string('a', 1001) + "'", "'.*'"];

    private static readonly string[] Garbage = ["[", "{", "[1, [2, [3]]]", "{ a: { b: { c: d } } }", "*a0", "*a1", "*nowhere", "&a0 x", "&a1 [x, *a0]", "&a0 [*a0]", "!!str", "|"];

    private static Gen<string> Section(int size) =>
        from section in Gen.Elements(0, 1, 2, 3, 4)
        from count in Gen.Choose(0, Math.Min(8, 1 + (size / 10)))
        from entries in Gen.ListOf(section switch { 0 => Product(), 1 => Customer(), 2 => Client(), 3 => Scenario(), _ => Value(3) }, count)
        select $"{SectionNames[section]}:\n" + string.Concat(entries.Select(e => $"  - {e}\n"));

    private static readonly string[] SectionNames = ["products", "customers", "clients", "scenarios", "other"];

    private static Gen<string> Product() => Mapping(
        ("code", Gen.Elements(Texts)), ("family", Family()), ("price", Gen.Elements(Numbers)), ("denomination", Gen.Elements(Numbers)),
        ("destination", Gen.Elements("phone", "pln-number", "maxim-driver", "nope")),
        ("open", Mapping(("fee", Gen.Elements(Numbers)), ("min", Gen.Elements(Numbers)), ("max", Gen.Elements(Numbers)))));

    private static Gen<string> Customer() => Mapping(
        ("to", Gen.Elements(Texts)), ("family", Family()), ("name", Gen.Elements(Texts)), ("power", Gen.Elements(Texts)), ("failure", Gen.Elements(Texts)));

    private static Gen<string> Client() => Mapping(
        ("id", Gen.Elements(Texts)), ("secret", Gen.Elements(Texts)), ("pin", Gen.Elements(Texts)), ("balance", Gen.Elements(Numbers)), ("callback", Gen.Elements(Texts)));

    private static Gen<string> Scenario() => Mapping(
        ("name", Gen.Choose(0, 5).Select(n => $"s{n}")),
        ("priority", Gen.Elements(Numbers)),
        ("match", Mapping(
            ("product", Gen.Elements("PLN20", "OVO10", "[OVO10, DN1]", "NOPE")), ("to", TextMatch()), ("refId", TextMatch()),
            ("amount", Mapping(("min", Gen.Elements(Numbers)), ("max", Gen.Elements(Numbers)))), ("client", Gen.Elements(Texts)))),
        ("buy", Mapping(
            ("result", Gen.Elements("success", "failed", "pending", "maybe")), ("pendingFor", Gen.Elements(Numbers)), ("reason", Gen.Elements(Texts)),
            ("sn", Gen.Elements(Texts)), ("trxid", Gen.Elements(Texts)), ("balance", Gen.Elements(Numbers)))),
        ("inquiry", Mapping(("failure", Gen.Elements(Texts)))),
        ("fault", Mapping(
            ("on", Gen.Elements("inquiry", "buy", "status", "[inquiry, buy]")),
            ("delay", Gen.OneOf(Gen.Elements(Numbers), Mapping(("min", Gen.Elements(Numbers)), ("max", Gen.Elements(Numbers))))),
            ("drop", Gen.Elements("true", "false", "yes")), ("garble", Gen.Elements("true", "false")), ("status", Gen.Elements(Numbers)))));

    private static Gen<string> Family() => Gen.Elements("pln", "ovo", "gopay", "dana", "maxim", "nope", "[ovo, gopay]", "[]");

    private static Gen<string> TextMatch() => Gen.OneOf(
        Gen.Elements(Texts),
        Mapping(("prefix", Gen.Elements(Texts)), ("suffix", Gen.Elements(Texts)), ("pattern", Gen.Elements(Patterns))));

    // Each field most of the time, its value mostly of the right kind, now and then garbage or an unknown field.
    private static Gen<string> Mapping(params (string Key, Gen<string> Value)[] fields) =>
        from present in Gen.CollectToList(fields.Select(field => Gen.Frequency(
            (12, field.Value.Select(value => $"{field.Key}: {value}")),
            (1, Gen.Elements(Garbage).Select(value => $"{field.Key}: {value}")),
            (1, Gen.Elements(Fields).Select(key => $"{key}: x")),
            (4, Gen.Constant("")))))
        select "{ " + string.Join(", ", present.Where(p => p.Length > 0)) + " }";

    private static readonly string[] Fields = ["code", "name", "surplus", "<<", "to", "buy"];

    private static Gen<string> Value(int depth) =>
        depth <= 0
            ? Gen.Elements(Texts.Concat(Numbers).ToArray())
            : Gen.Frequency(
                (5, Gen.Elements(Texts.Concat(Numbers).Concat(Garbage).ToArray())),
                (2, from count in Gen.Choose(0, 4) from items in Gen.ListOf(Value(depth - 1), count) select "[" + string.Join(", ", items) + "]"),
                (1, from anchor in Gen.Choose(0, 2) from value in Value(depth - 1) select $"&a{anchor} {value}"));

    private static Gen<string> DeepNesting() =>
        from depth in Gen.Choose(20, 200)
        from open in Gen.Elements("[", "{ a: ")
        let close = open == "[" ? "]" : " }"
        select "deep: " + string.Concat(Enumerable.Repeat(open, depth)) + "x" + string.Concat(Enumerable.Repeat(close, depth)) + "\n";

    private static Gen<string> AliasChain() =>
        from links in Gen.Choose(2, 12)
        from width in Gen.Choose(2, 9)
        select "c0: &c0 x\n" + string.Concat(Enumerable.Range(1, links).Select(i =>
            string.Create(CultureInfo.InvariantCulture, $"c{i}: &c{i} [{string.Join(", ", Enumerable.Repeat($"*c{i - 1}", width))}]\n")));
}
