using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Products;
using Klikoo.Emulator.Tests.Fixtures;
using YamlDotNet.RepresentationModel;
using Field = Klikoo.Emulator.Tests.Products.FamilyYaml.Field;

namespace Klikoo.Emulator.Tests.Products;

/// <summary>
/// Valid generated <c>families:</c> entries with one mutation each: the validator refuses the file with one error at
/// the mutated node's line and column, never throwing; the JSON Schema editors use refuses the same wherever it can say
/// it, at the same place. It cannot see a pattern's regex syntax or linear-time form, an example against its pattern, or
/// a name declared in two files; for those it is shown to accept, so the list of what only the checks see stays honest.
/// </summary>
public sealed class GeneratedFamilyMalformedTests
{
    /// <param name="Name">What the mutation does.</param>
    /// <param name="SchemaSees">Whether the JSON Schema can refuse it.</param>
    /// <param name="Fit">Makes a drawn family one the mutation applies to.</param>
    /// <param name="Apply">The mutated fields and the path of the node the error must point at.</param>
    internal sealed record Mutation(string Name, bool SchemaSees, Func<GeneratedFamily, GeneratedFamily> Fit, Func<IReadOnlyList<Field>, (IReadOnlyList<Field> Fields, string At)> Apply)
    {
        public override string ToString() => Name;
    }

    private static readonly WrittenPattern Written = WrittenPattern.Draw(new Random(1));

    public static IEnumerable<string> MutationNames() => Mutations().Select(m => m.Name);

    private static IEnumerable<Mutation> Mutations()
    {
        foreach (var key in new[] { "name", "category", "destination", "customerName", "serial" })
        {
            yield return new($"drop {key}", true, f => f, fields => (FamilyYaml.Replace(fields, key, null), ""));
        }

        yield return new("drop pattern", true, WrittenOut, fields => (FamilyYaml.Replace(fields, "destination/pattern", null), "destination"));
        yield return new("drop example", true, WrittenOut, fields => (FamilyYaml.Replace(fields, "destination/example", null), "destination"));
        yield return new("unknown key", true, f => f, fields => (FamilyYaml.Add(fields, "", Field.Of("colour", "red")), "key:colour"));
        yield return new("unknown destination key", true, WrittenOut, fields => (FamilyYaml.Add(fields, "destination", Field.Of("zone", "true")), "key:destination/zone"));
        yield return new("unknown serial key", true, WithDigits, fields => (FamilyYaml.Add(fields, "serial", Field.Of("letters", "4")), "key:serial/letters"));
        foreach (var value in new[] { "Masked", "hidden", "\"none \"", "[masked]" })
        {
            yield return Set("customerName", value, true);
        }

        foreach (var value in new[] { "full_name", "FullName", "initial" })
        {
            yield return Set("generatedName", value, true);
        }

        yield return Set("generatedName", "none", true, f => f with { Display = CustomerNameDisplay.Masked, WrittenGeneratedName = null }, "customerName masked");
        yield return Set("generatedName", "none", true, f => f with { Display = CustomerNameDisplay.Plain, WrittenGeneratedName = null }, "customerName plain");
        yield return Set("generatedName", "initials", true, f => f with { Display = CustomerNameDisplay.None, WrittenGeneratedName = null }, "customerName none");
        foreach (var value in new[] { "0", "41", "twelve", "\"12\"", "-3", "1.5" })
        {
            yield return Set("serial/digits", value, true, WithDigits);
        }

        yield return Set("serial", "token", true);
        yield return Set("serial", "[16]", true);
        yield return Set("destination", "mobile", true);
        yield return Set("destination/pattern", "\"08[0-9\"", false, WrittenOut);
        yield return Set("destination/pattern", $"'{string.Concat(Enumerable.Repeat("0?", 501))}'", true, WrittenOut);
        yield return Set("destination/pattern", "'(08)[0-9]{8}\\1'", false, WrittenOut);
        yield return Set("destination/pattern", "'(?=08)[0-9]{10}'", false, WrittenOut);
        yield return Set("destination/pattern", "'(?<!1)[0-9]{10}'", false, WrittenOut);
        yield return Set("destination/example", "\"x0812\"", false, WrittenOut);
        foreach (var value in new[] { "Gopay-2", "go--pay", "gopay-", "2gopay", "\"\"", "g" + new string('a', 32) })
        {
            yield return Set("name", value, true);
        }

        yield return Set("category", "E-Money", true);
        yield return Set("title", "\"\"", true);
        yield return Set("title", $"\"{new string('T', 33)}\"", true);
        yield return Set("title", "\"Tsel\\nData\"", true);
        yield return Set("namePrefix", "\"DNID\\t\"", true);
        yield return Set("namePrefix", "\"\\aDNID \"", true);
        yield return Set("namePrefix", "\"\\x9bDNID \"", true);
        yield return Set("namePrefix", $"\"{new string('P', 17)}\"", true);
        yield return Set("power", "yes", true);
        yield return Set("power", "\"true\"", true);
    }

    [TestCaseSource(nameof(MutationNames))]
    public void Validate_GeneratedDeclarationWithOneMutation_OneErrorAtTheMutatedNode(string name)
    {
        var mutation = Mutations().Single(m => m.Name == name);
        var random = new Random(mutation.Name.Length * 7919);
        for (var i = 0; i < 40; i++)
        {
            var entries = Enumerable.Range(0, random.Next(1, 4)).Select(j => GeneratedFamily.Draw(random, (i * 10) + j)).ToList();
            var target = random.Next(entries.Count);
            entries[target] = mutation.Fit(entries[target]);
            var (fields, at) = mutation.Apply(entries[target].Fields());
            var yaml = FamilyYaml.Write([.. entries.Select((e, j) => j == target ? e.Entry() with { Fields = fields } : e.Entry())]);
            var (line, column) = yaml.At(target, at);

            var result = FixtureValidator.Validate([new FixtureFile("mutated.yaml", yaml.Text)]);

            var because = $"{mutation} case {i}, expected at {line}:{column}:\n{yaml.Text}\n{string.Join("\n", result.Errors)}";
            result.IsValid.Should().BeFalse(because);
            result.Errors.Should().ContainSingle(because).Which.Should().BeEquivalentTo(new { File = "mutated.yaml", Line = line, Column = column }, because);
            var schema = SchemaErrors(yaml.Text);
            if (mutation.SchemaSees)
            {
                schema.Should().Contain(e => e.Line == line && e.Column == column, because + "\nschema: " + string.Join("\n", schema));
            }
            else
            {
                schema.Should().BeEmpty($"the schema cannot see '{mutation}'; if it now can, move it to the others");
            }
        }
    }

    [Test]
    public void Validate_GeneratedNameDeclaredInTwoFiles_TheLaterOneReportedAtItsName()
    {
        var random = new Random(31);
        for (var i = 0; i < 200; i++)
        {
            var first = GeneratedFamily.Draw(random, i);
            var second = GeneratedFamily.Draw(random, i + 1000) with { Name = first.Name };
            var a = FamilyYaml.Write([first.Entry()]);
            var others = random.Next(3);
            var b = FamilyYaml.Write([.. Enumerable.Range(0, others).Select(j => GeneratedFamily.Draw(random, 2000 + j).Entry()), second.Entry()]);
            var (line, column) = a.At(0, "name");
            var (bLine, bColumn) = b.At(others, "name");

            var result = FixtureValidator.Validate([new FixtureFile("a.yaml", a.Text), new FixtureFile("b.yaml", b.Text)]);

            result.Errors.Should().Equal([new FixtureError("b.yaml", bLine, bColumn, $"duplicate family '{first.Name}': already defined at a.yaml:{line}:{column}")], b.Text);
            SchemaErrors(a.Text).Concat(SchemaErrors(b.Text)).Should().BeEmpty("each file alone is valid: the schema cannot see across files");
        }
    }

    private static Mutation Set(string path, string scalar, bool schemaSees, Func<GeneratedFamily, GeneratedFamily>? fit = null, string? with = null) =>
        new($"{path}: {scalar[..Math.Min(scalar.Length, 24)]}{(with is null ? "" : " with " + with)}", schemaSees, fit ?? (f => f), fields =>
        {
            var key = path[(path.LastIndexOf('/') + 1)..];
            var present = Has(fields, path);
            return (present ? FamilyYaml.Replace(fields, path, Field.Of(key, scalar)) : FamilyYaml.Add(fields, path.Contains('/', StringComparison.Ordinal) ? path[..path.IndexOf('/', StringComparison.Ordinal)] : "", Field.Of(key, scalar)), path);
        });

    private static bool Has(IReadOnlyList<Field> fields, string path)
    {
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        var field = fields.FirstOrDefault(f => f.Key == (slash < 0 ? path : path[..slash]));
        return field is not null && (slash < 0 || Has(field.Mapping!, path[(slash + 1)..]));
    }

    private static GeneratedFamily WrittenOut(GeneratedFamily family) =>
        family.Pattern is null ? family with { NamedRule = null, Pattern = Written } : family;

    private static GeneratedFamily WithDigits(GeneratedFamily family) =>
        family with { SerialDigits = family.SerialDigits ?? 16 };

    private static IReadOnlyList<FixtureError> SchemaErrors(string yaml)
    {
        var errors = new FixtureErrors();
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        FixtureSchema.Check(new FixtureReadContext("mutated.yaml", errors), stream.Documents[0].RootNode);
        return errors.Sorted();
    }
}
