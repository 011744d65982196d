using Klikoo.Emulator.Requests;

namespace Klikoo.Emulator.Scenarios;

/// <summary>Finds the rule that decides a request: the first match in priority order, precomputed once per catalogue.</summary>
public sealed class ScenarioMatcher
{
    private readonly ScenarioRule[] _buyRules;

    public ScenarioMatcher(IEnumerable<ScenarioRule> rules)
    {
        Rules = [.. rules.OrderBy(r => r.Priority).ThenBy(r => r.Order)];
        _buyRules = [.. Rules.Where(r => r.Buy is not null)];
    }

    /// <summary>Every rule, in the order they are tried.</summary>
    public IReadOnlyList<ScenarioRule> Rules { get; }

    internal (BuyOutcome Outcome, ScenarioRule? Rule) MatchBuy(ValidatedRequest request)
    {
        foreach (var rule in _buyRules)
        {
            if (rule.Matches(request))
            {
                return (rule.Buy!, rule);
            }
        }

        return (BuyOutcome.Default, null);
    }
}
