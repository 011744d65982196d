using Klikoo.Emulator.Customers;
using Klikoo.Emulator.Partners;
using Klikoo.Emulator.Products;
using Klikoo.Emulator.Scenarios;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Klikoo.Emulator.Fixtures;

/// <summary>
/// Turns fixture files into a <see cref="FixtureCatalog"/>, collecting every error with file, line and column
/// rather than stopping at the first, then checking what spans files (duplicates, references, shapes).
/// </summary>
public static class FixtureValidator
{
    private static readonly string[] Sections = [ProductSection.Key, CustomerSection.Key, ClientSection.Key, ScenarioSection.Key];

    /// <remarks>
    /// The JSON Schema editors use (fixtures/schema) is not applied here: tests prove these checks reject everything
    /// it rejects, with friendlier messages, and leaving JsonSchema.Net out saves a third of a second of every start.
    /// </remarks>
    public static FixtureValidationResult Validate(IReadOnlyList<FixtureFile> files)
    {
        var errors = new List<FixtureError>();
        var products = new List<Located<Product>>();
        var customers = new List<Located<(ProductFamily Family, Customer Customer)>>();
        var clients = new List<Located<PartnerAccount>>();
        var scenarios = new List<Located<ScenarioRule>>();

        foreach (var file in files)
        {
            var context = new FixtureReadContext(file.Path, errors);
            foreach (var root in Parse(context, file.Text))
            {
                var sections = YamlFields.Open(context, root, "a fixture file", Sections);
                if (sections is null)
                {
                    continue;
                }

                products.AddRange(Entries(context, sections, ProductSection.Key).Select(n => ProductSection.Read(context, n)).OfType<Located<Product>>());
                customers.AddRange(Entries(context, sections, CustomerSection.Key).SelectMany(n => CustomerSection.Read(context, n)));
                clients.AddRange(Entries(context, sections, ClientSection.Key).Select(n => ClientSection.Read(context, n)).OfType<Located<PartnerAccount>>());
                foreach (var entry in Entries(context, sections, ScenarioSection.Key))
                {
                    if (ScenarioSection.Read(context, entry, scenarios.Count) is { } rule)
                    {
                        scenarios.Add(rule);
                    }
                }
            }
        }

        ReportDuplicates(products, p => p.Code.ToUpperInvariant(), p => $"product '{p.Code}'");
        ReportDuplicates(clients, c => c.ClientId, c => $"client '{c.ClientId}'");
        ReportDuplicates(customers, c => $"{c.Family}|{c.Customer.Destination}", c => $"{YamlFields.Kebab(c.Family.ToString())} customer '{c.Customer.Destination}'");
        ReportDuplicates(scenarios, r => r.Name, r => $"scenario '{r.Name}'");
        CheckCustomerShapes(products, customers);
        CheckScenarioReferences(products, clients, scenarios);
        CheckScenarioPrecedence(scenarios);

        if (errors.Count > 0)
        {
            return new FixtureValidationResult(null, [.. errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column)]);
        }

        var catalog = new FixtureCatalog(
            [.. files.Select(f => f.Path)],
            products.Select(p => p.Value),
            clients.Select(c => c.Value),
            customers.Select(c => c.Value),
            new ScenarioMatcher(scenarios.Select(s => s.Value)));
        return new FixtureValidationResult(catalog, []);
    }

    private static IEnumerable<YamlNode> Parse(FixtureReadContext context, string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            context.Error(ex.Start, WithoutPosition(ex.Message));
            return [];
        }

        // A file of comments only is a valid, empty fixture file.
        return stream.Documents
            .Select(d => d.RootNode)
            .Where(root => root is not YamlScalarNode { Value: null or "" });
    }

    private static IEnumerable<YamlNode> Entries(FixtureReadContext context, YamlFields sections, string key)
    {
        switch (sections.Get(key))
        {
            case null:
                return [];
            case YamlSequenceNode sequence:
                return sequence.Children;
            case var other:
                context.Error(other, $"'{key}' must be a list (each entry starting with '- ')");
                return [];
        }
    }

    private static void ReportDuplicates<T>(List<Located<T>> items, Func<T, string> key, Func<T, string> describe)
    {
        foreach (var group in items.GroupBy(i => key(i.Value), StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var duplicate in group.Skip(1))
            {
                duplicate.Error($"duplicate {describe(duplicate.Value)}: already defined at {first.Where}");
            }
        }
    }

    private static void CheckCustomerShapes(List<Located<Product>> products, List<Located<(ProductFamily Family, Customer Customer)>> customers)
    {
        foreach (var customer in customers)
        {
            var (family, entry) = customer.Value;
            var shapes = products.Where(p => p.Value.Family == family).Select(p => p.Value.Destination).DefaultIfEmpty(DestinationShapes.DefaultFor(family)).Distinct();
            if (!shapes.Any(shape => shape.Matches(entry.Destination)))
            {
                customer.Error($"'{entry.Destination}' is not a valid {YamlFields.Kebab(family.ToString())} destination ({string.Join(" or ", shapes.Select(s => YamlFields.Kebab(s.ToString())))})");
            }
        }
    }

    private static void CheckScenarioReferences(List<Located<Product>> products, List<Located<PartnerAccount>> clients, List<Located<ScenarioRule>> scenarios)
    {
        var codes = products.Select(p => p.Value.Code).ToHashSet(StringComparer.Ordinal);
        var clientIds = clients.Select(c => c.Value.ClientId).ToHashSet(StringComparer.Ordinal);
        foreach (var scenario in scenarios)
        {
            foreach (var code in scenario.Value.Products ?? Enumerable.Empty<string>())
            {
                if (!codes.Contains(code))
                {
                    scenario.Error($"scenario '{scenario.Value.Name}' matches product '{code}', which the catalogue does not have");
                }
            }

            if (scenario.Value.ClientId is { } clientId && !clientIds.Contains(clientId))
            {
                scenario.Error($"scenario '{scenario.Value.Name}' matches client '{clientId}', which the clients fixture does not have");
            }
        }
    }

    // Equal priority falls back to file order, which a QA engineer splitting files can change without noticing.
    private static void CheckScenarioPrecedence(List<Located<ScenarioRule>> scenarios)
    {
        for (var i = 0; i < scenarios.Count; i++)
        {
            for (var j = i + 1; j < scenarios.Count; j++)
            {
                var (a, b) = (scenarios[i].Value, scenarios[j].Value);
                if (a.Priority == b.Priority && a.Name != b.Name && ScenarioOverlap.MayOverlap(a, b))
                {
                    scenarios[j].Error($"scenarios '{a.Name}' and '{b.Name}' have the same priority ({a.Priority}) and may match the same request; give one a lower priority to say which wins");
                }
            }
        }
    }

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the error carries the position already.
    private static string WithoutPosition(string message)
    {
        var index = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && index > 0 ? message[(index + 3)..] : message;
    }
}
