using System.Text.RegularExpressions;
using Json.Schema;
using Klikoo.Emulator.Fixtures;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Klikoo.Emulator.Tests.Fixtures;

/// <summary>
/// The fixtures' JSON Schema (fixtures/schema/fixtures.schema.json, the one editors use), applied to a parsed
/// file with each problem placed at its line and column, to prove the emulator's own checks agree with it.
/// </summary>
internal static partial class FixtureSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, "schema", "fixtures.schema.json"))));

    public static void Check(FixtureReadContext context, YamlNode root)
    {
        var positions = new Dictionary<string, Mark>(StringComparer.Ordinal);
        var keys = new Dictionary<string, Mark>(StringComparer.Ordinal);
        var json = YamlJson.Convert(root, positions, keys);
        var results = Schema.Value.Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return;
        }

        var failedCombinators = FailedCombinators(results);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        // A failed 'not' carries no error text of its own: a failure with none beneath it is one too.
        var failed = results.Details.Where(d => !d.IsValid).ToList();
        foreach (var detail in failed.Where(d => d.Errors is { Count: > 0 } || !failed.Any(f => IsBeneath(f, d))))
        {
            var path = detail.EvaluationPath.ToString();
            var pointer = detail.InstanceLocation.ToString();
            var inside = InsideCombinator().Match(path);
            if (Condition().IsMatch(path) || (inside.Success && !failedCombinators.Any(f => f.Path == inside.Groups["combinator"].Value && IsWithin(pointer, f.Pointer))) || !reported.Add(pointer))
            {
                continue;
            }

            var (keyword, message) = detail.Errors is { Count: > 0 } errors ? errors.First() : new KeyValuePair<string, string>("not", "a value the schema excludes here");
            var unknownField = path.Contains("/additionalProperties", StringComparison.Ordinal);
            var at = unknownField ? keys.GetValueOrDefault(pointer, root.Start) : positions.GetValueOrDefault(pointer, root.Start);
            context.Error(at, $"{Describe(pointer)} does not match the fixture schema ({(unknownField ? "unknown field" : keyword)}): {message}");
        }
    }

    // A branch of oneOf or anyOf may fail while the whole passes; it counts only when its combinator failed for
    // that value: no branch valid for anyOf, not exactly one for oneOf. Every list entry shares the schema path,
    // so a combinator is one schema path at one instance.
    private static List<(string Path, string Pointer)> FailedCombinators(EvaluationResults results) =>
        [.. results.Details
            .Select(d => (Detail: d, Branch: Branch().Match(d.EvaluationPath.ToString())))
            .Where(x => x.Branch.Success)
            .GroupBy(x => (Path: x.Branch.Groups["combinator"].Value, Pointer: x.Detail.InstanceLocation.ToString()))
            .Where(g => g.Key.Path.EndsWith("anyOf", StringComparison.Ordinal) ? g.All(x => !x.Detail.IsValid) : g.Count(x => x.Detail.IsValid) != 1)
            .Select(g => g.Key)];

    // Evaluation paths repeat for every list entry: beneath means deeper in the schema for the same or a deeper value.
    private static bool IsBeneath(EvaluationResults detail, EvaluationResults ancestor) =>
        detail.EvaluationPath.ToString().StartsWith(ancestor.EvaluationPath + "/", StringComparison.Ordinal) &&
        IsWithin(detail.InstanceLocation.ToString(), ancestor.InstanceLocation.ToString());

    private static bool IsWithin(string pointer, string ancestor) =>
        pointer == ancestor || pointer.StartsWith(ancestor + "/", StringComparison.Ordinal);

    // "/products/0/family" reads as 'family'; "/products/0" as entry 1 of 'products'.
    private static string Describe(string pointer)
    {
        if (pointer.Length == 0)
        {
            return "the file";
        }

        var segments = pointer.Split('/');
        return int.TryParse(segments[^1], System.Globalization.CultureInfo.InvariantCulture, out var index) && segments.Length > 2
            ? $"entry {index + 1} of '{segments[^2]}'"
            : $"'{segments[^1]}'";
    }

    // Inside an 'if' or a 'not': an 'if' failing only chooses 'else', a 'not' holds when what is inside it fails.
    [GeneratedRegex("/(if|not)(/|$)")]
    private static partial Regex Condition();

    // ".../anyOf/1" or ".../oneOf/0": the root of one branch.
    [GeneratedRegex(@"^(?<combinator>.*/(anyOf|oneOf))/\d+$")]
    private static partial Regex Branch();

    // Anything evaluated inside a branch; the innermost combinator is the one that decides.
    [GeneratedRegex(@"^(?<combinator>.*/(anyOf|oneOf))/\d+(/.*)?$")]
    private static partial Regex InsideCombinator();
}
