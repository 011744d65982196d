using Klikoo.Emulator.Clients;
using Klikoo.Emulator.Customers;
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
    private static readonly string[] Sections = [FamilySection.Key, ProductSection.Key, CustomerSection.Key, ClientSection.Key, ScenarioSection.Key];

    /// <summary>
    /// Reads <paramref name="folder"/> (<see cref="FixtureLoader.Read"/>) and validates what it holds, within the
    /// time budget: the check start-up, reload and <c>validate</c> share.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (the emulator is stopping).</exception>
    public static FixtureValidationResult ValidateFolder(string folder, CancellationToken cancellationToken = default) =>
        ValidateFolder(folder, StandardFamilies.Table, cancellationToken);

    /// <summary>As <see cref="ValidateFolder(string, CancellationToken)"/>, resolving <c>family:</c> names against <paramref name="families"/>.</summary>
    public static FixtureValidationResult ValidateFolder(string folder, FamilyTable families, CancellationToken cancellationToken = default) =>
        WithinBudget(budget => Check(FixtureLoader.Read(folder, budget.CancellationToken), budget, families), FixtureLimits.TimeBudget, cancellationToken);

    /// <remarks>
    /// The JSON Schema editors use (fixtures/schema) is not applied here: tests prove these checks reject everything
    /// it rejects, with friendlier messages, and leaving JsonSchema.Net out saves a third of a second of every start.
    /// </remarks>
    public static FixtureValidationResult Validate(IReadOnlyList<FixtureFile> files) => Validate(files, StandardFamilies.Table);

    /// <summary>As <see cref="Validate(IReadOnlyList{FixtureFile})"/>, resolving <c>family:</c> names against <paramref name="families"/>.</summary>
    public static FixtureValidationResult Validate(IReadOnlyList<FixtureFile> files, FamilyTable families) =>
        Validate(files, FixtureLimits.TimeBudget, families);

    /// <summary>As <see cref="Validate(IReadOnlyList{FixtureFile})"/> with another time budget: tests see it run out.</summary>
    internal static FixtureValidationResult Validate(IReadOnlyList<FixtureFile> files, TimeSpan timeBudget, FamilyTable? families = null) =>
        WithinBudget(budget => Check(new FixtureLoad(files, []), budget, families ?? StandardFamilies.Table), timeBudget, CancellationToken.None);

    // Whatever the files hold, validation ends within its time budget: the checks watch the token, and running out
    // of time is one more located error.
    private static FixtureValidationResult WithinBudget(Func<FixtureBudget, FixtureValidationResult> check, TimeSpan timeBudget, CancellationToken stopping)
    {
        using var time = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        time.CancelAfter(timeBudget);
        var budget = new FixtureBudget(time.Token);
        try
        {
            return check(budget);
        }
        catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
        {
            return new FixtureValidationResult(null, [new FixtureError(
                budget.File, 1, 1, $"validation stopped after {timeBudget.TotalSeconds:0.###} s, its time budget; the folder holds too much to check")]);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or IOException or UnauthorizedAccessException))
        {
            // Only a bug in these checks gets here. A fixture file's content must not end the process: say so instead.
            return new FixtureValidationResult(null, [new FixtureError(budget.File, 1, 1, $"internal error validating the fixtures ({ex.GetType().Name}: {ex.Message}); please report it")]);
        }
    }

    private static FixtureValidationResult Check(FixtureLoad load, FixtureBudget budget, FamilyTable families)
    {
        var errors = new FixtureErrors();
        foreach (var error in load.Errors)
        {
            errors.Add(error);
        }

        // Families first, from every file, so a product may name a family declared in any file.
        var roots = new List<(string File, YamlFields Sections)>();
        var declared = new List<Located<FamilyProfile>>();
        foreach (var file in load.Files)
        {
            budget.File = file.Path;
            budget.CancellationToken.ThrowIfCancellationRequested();
            var context = new FixtureReadContext(file.Path, errors, families);
            try
            {
                foreach (var root in FixtureYaml.Read(context, file.Text, budget))
                {
                    if (YamlFields.Open(context, root, "a fixture file", Sections) is { } sections)
                    {
                        roots.Add((file.Path, sections));
                        declared.AddRange(Entries(context, sections, FamilySection.Key, budget.CancellationToken).Select(n => FamilySection.Read(context, n)).OfType<Located<FamilyProfile>>());
                    }
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Only a bug in these checks gets here: the text itself is read within the limits. Say so, don't crash.
                context.Error(default(Mark), $"internal error reading this file ({ex.GetType().Name}: {ex.Message}); please report it");
            }
        }

        ReportDuplicates(declared, f => f.Name, f => $"family '{f.Name}'");
        if (declared.Count > FixtureLimits.MaxFamilies)
        {
            declared[FixtureLimits.MaxFamilies].Error($"more than {FixtureLimits.MaxFamilies} families; declare at most {FixtureLimits.MaxFamilies}");
        }

        families = families.WithDeclared(declared.DistinctBy(f => f.Value.Name, StringComparer.Ordinal).Select(f => f.Value));
        var products = new List<Located<Product>>();
        var customers = new List<Located<(FamilyProfile Family, Customer Customer)>>();
        var clients = new List<Located<ClientAccount>>();
        var scenarios = new List<Located<ScenarioRule>>();
        foreach (var (file, sections) in roots)
        {
            budget.File = file;
            var context = new FixtureReadContext(file, errors, families);
            try
            {
                ReadSections(context, sections, budget, products, customers, clients, scenarios);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                context.Error(default(Mark), $"internal error reading this file ({ex.GetType().Name}: {ex.Message}); please report it");
            }
        }

        ReportDuplicates(products, p => p.Code.ToUpperInvariant(), p => $"product '{p.Code}'");
        ReportDuplicates(clients, c => c.ClientId, c => $"client '{c.ClientId}'");
        ReportDuplicates(customers, c => $"{c.Family.Name}|{c.Customer.Destination}", c => $"{c.Family.Name} customer '{c.Customer.Destination}'");
        ReportDuplicates(scenarios, r => r.Name, r => $"scenario '{r.Name}'");
        CheckCustomerShapes(products, customers, budget);
        CheckScenarioReferences(products, clients, scenarios);
        ScenarioPrecedence.Check(scenarios, errors, budget);

        if (errors.Count > 0)
        {
            return new FixtureValidationResult(null, errors.Sorted());
        }

        var catalog = new FixtureCatalog(
            [.. load.Files.Select(f => f.Path)],
            families,
            products.Select(p => p.Value),
            clients.Select(c => c.Value),
            customers.Select(c => c.Value),
            new ScenarioMatcher(scenarios.Select(s => s.Value)));
        return new FixtureValidationResult(catalog, []);
    }

    private static void ReadSections(
        FixtureReadContext context,
        YamlFields sections,
        FixtureBudget budget,
        List<Located<Product>> products,
        List<Located<(FamilyProfile Family, Customer Customer)>> customers,
        List<Located<ClientAccount>> clients,
        List<Located<ScenarioRule>> scenarios)
    {
        var stop = budget.CancellationToken;
        products.AddRange(Entries(context, sections, ProductSection.Key, stop).Select(n => ProductSection.Read(context, n)).OfType<Located<Product>>());
        customers.AddRange(Entries(context, sections, CustomerSection.Key, stop).SelectMany(n => CustomerSection.Read(context, n)));
        clients.AddRange(Entries(context, sections, ClientSection.Key, stop).Select(n => ClientSection.Read(context, n)).OfType<Located<ClientAccount>>());
        foreach (var entry in Entries(context, sections, ScenarioSection.Key, stop))
        {
            if (ScenarioSection.Read(context, entry, scenarios.Count) is { } rule)
            {
                scenarios.Add(rule);
            }
        }
    }

    // The entries of one section, checking the time budget before each: a folder of many entries stops in time.
    private static IEnumerable<YamlNode> Entries(FixtureReadContext context, YamlFields sections, string key, CancellationToken stop)
    {
        IEnumerable<YamlNode> entries;
        switch (sections.Get(key))
        {
            case null:
                yield break;
            case YamlSequenceNode sequence:
                entries = sequence.Children;
                break;
            case var other:
                context.Error(other, $"'{key}' must be a list (each entry starting with '- ')");
                yield break;
        }

        foreach (var entry in entries)
        {
            stop.ThrowIfCancellationRequested();
            yield return entry;
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

    private static void CheckCustomerShapes(List<Located<Product>> products, List<Located<(FamilyProfile Family, Customer Customer)>> customers, FixtureBudget budget)
    {
        // Per family once, not per customer: the destination rules of the family's products, or the family's own.
        var rulesByFamily = customers.Select(c => c.Value.Family).Distinct().ToDictionary(
            family => family,
            family => products.Where(p => p.Value.Family == family).Select(p => p.Value.Destination).DefaultIfEmpty(family.Destination).Distinct().ToArray());
        foreach (var customer in customers)
        {
            budget.CancellationToken.ThrowIfCancellationRequested();
            var (family, entry) = customer.Value;
            var rules = rulesByFamily[family];
            if (!rules.Any(rule => rule.Matches(entry.Destination)))
            {
                customer.Error($"'{entry.Destination}' is not a valid {family.Name} destination ({string.Join(" or ", rules.Select(r => r.Name))})");
            }
        }
    }

    private static void CheckScenarioReferences(List<Located<Product>> products, List<Located<ClientAccount>> clients, List<Located<ScenarioRule>> scenarios)
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
}
