using Klikoo.Emulator.Fixtures;
using YamlDotNet.RepresentationModel;

namespace Klikoo.Emulator.Tests.Fixtures;

/// <summary>
/// The emulator checks fixtures with its own typed checks (a JSON Schema pass would cost a third of a second of every
/// start); editors check them with the schema. So every mistake the schema sees, the typed checks must see too:
/// generated mistakes in every mapping of the shipped files prove they agree.
/// </summary>
public sealed class FixtureCheckAgreementTests
{
    // Past the maxima too: 3000000 s is past pendingFor's 30 days, 10^15 past every rupiah field and priority.
    private static readonly string[] BadScalars =
        ["", "~", "x y", "-1", "1.5", "PLN", "[1]", "{ a: 1 }", "0812.3", "true", "'false'", "'12'", "99999999999999999999", "3000000", "1000000000000000"];

    [TestCaseSource(typeof(RepositoryPaths), nameof(RepositoryPaths.ShippedFixtureFiles))]
    public void EveryMistakeTheSchemaRejects_TheEmulatorsChecksRejectToo(string file)
    {
        var original = File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, file));
        var tried = 0;
        var missed = new List<string>();

        foreach (var (mapping, key, value) in Mutations(original))
        {
            var text = Mutate(original, mapping, key, value);
            var schemaErrors = new FixtureErrors();
            foreach (var document in Documents(text))
            {
                FixtureSchema.Check(new FixtureReadContext(file, schemaErrors), document);
            }

            tried++;
            if (schemaErrors.Count > 0 && FixtureValidator.Validate([new FixtureFile(file, text)]).IsValid)
            {
                missed.Add($"mapping {mapping}, {(value is null ? "without" : "set")} {key} {value}: {schemaErrors.Sorted()[0]}");
            }
        }

        tried.Should().BeGreaterThan(50, "every mapping gets every mistake");
        missed.Should().BeEmpty("the emulator's checks must reject what the schema rejects");
    }

    // Each mapping: each key removed, set to each bad value; and an unknown key added.
    private static IEnumerable<(int Mapping, string Key, string? Value)> Mutations(string text)
    {
        var mappings = Descendants(Load(text)).OfType<YamlMappingNode>().ToList();
        for (var m = 0; m < mappings.Count; m++)
        {
            foreach (var key in mappings[m].Children.Keys.Cast<YamlScalarNode>().Select(k => k.Value!))
            {
                yield return (m, key, null);
                foreach (var bad in BadScalars)
                {
                    yield return (m, key, bad);
                }
            }

            yield return (m, "surplus", "1");
        }
    }

    private static string Mutate(string text, int mapping, string key, string? value)
    {
        var root = Load(text);
        var node = Descendants(root).OfType<YamlMappingNode>().ElementAt(mapping);
        if (value is null)
        {
            node.Children.Remove(new YamlScalarNode(key));
        }
        else
        {
            node.Children[new YamlScalarNode(key)] = Load($"v: {value}") is YamlMappingNode wrapper ? wrapper.Children[new YamlScalarNode("v")] : new YamlScalarNode(value);
        }

        var stream = new YamlStream(new YamlDocument(root));
        using var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    private static YamlNode Load(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Count > 0 ? stream.Documents[0].RootNode : new YamlMappingNode();
    }

    private static IEnumerable<YamlNode> Documents(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Select(d => d.RootNode);
    }

    private static IEnumerable<YamlNode> Descendants(YamlNode node) => node switch
    {
        YamlMappingNode map => map.Children.Values.SelectMany(Descendants).Prepend(map),
        YamlSequenceNode list => list.Children.SelectMany(Descendants).Prepend(list),
        _ => [node],
    };
}
