using Klikoo.Emulator.Scenarios;

namespace Klikoo.Emulator.Fixtures;

/// <summary>
/// Reports rules of equal priority that may match the same request: equal priority falls back to file order, which a
/// QA engineer splitting files can change without noticing. Rules pinned to one exact ref_id (or destination) are
/// only compared with rules that could match it, so thousands of such rules are checked in linear time, not pairwise.
/// </summary>
internal static class ScenarioPrecedence
{
    public static void Check(List<Located<ScenarioRule>> scenarios, FixtureErrors errors, FixtureBudget budget)
    {
        foreach (var samePriority in scenarios.GroupBy(s => s.Value.Priority))
        {
            var earlier = new List<Located<ScenarioRule>>();
            var byRefId = new Dictionary<string, List<Located<ScenarioRule>>>(StringComparer.Ordinal);
            var byDestination = new Dictionary<string, List<Located<ScenarioRule>>>(StringComparer.Ordinal);
            var anyRefId = new List<Located<ScenarioRule>>();
            var anyDestination = new List<Located<ScenarioRule>>();
            foreach (var rule in samePriority)
            {
                // Once no more errors can be listed, looking for more is wasted time.
                if (errors.IsFull)
                {
                    return;
                }

                budget.CancellationToken.ThrowIfCancellationRequested();
                var (refId, destination) = (rule.Value.RefId?.Exact, rule.Value.Destination?.Exact);
                var candidates = refId is not null ? Concat(byRefId.GetValueOrDefault(refId), anyRefId)
                    : destination is not null ? Concat(byDestination.GetValueOrDefault(destination), anyDestination)
                    : earlier;
                var b = rule.Value;
                foreach (var a in candidates.Select(c => c.Value).Where(a => a.Name != b.Name && ScenarioOverlap.MayOverlap(a, b)).OrderBy(a => a.Order))
                {
                    rule.Error($"scenarios '{a.Name}' and '{b.Name}' have the same priority ({a.Priority}) and may match the same request; give one a lower priority to say which wins");
                }

                earlier.Add(rule);
                Index(refId, byRefId, anyRefId, rule);
                Index(destination, byDestination, anyDestination, rule);
            }
        }
    }

    private static IEnumerable<Located<ScenarioRule>> Concat(List<Located<ScenarioRule>>? same, List<Located<ScenarioRule>> any) =>
        same is null ? any : same.Concat(any);

    private static void Index(string? exact, Dictionary<string, List<Located<ScenarioRule>>> byExact, List<Located<ScenarioRule>> any, Located<ScenarioRule> rule)
    {
        if (exact is null)
        {
            any.Add(rule);
        }
        else if (byExact.TryGetValue(exact, out var same))
        {
            same.Add(rule);
        }
        else
        {
            byExact[exact] = [rule];
        }
    }
}
