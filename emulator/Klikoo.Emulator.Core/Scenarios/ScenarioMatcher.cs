using Klikoo.Emulator.Orders;

namespace Klikoo.Emulator.Scenarios;

/// <summary>Finds the rule that decides a request: the first match in priority order, precomputed once per catalogue.</summary>
public sealed class ScenarioMatcher
{
    private readonly ScenarioRule[] _buyRules;
    private readonly ScenarioRule[] _inquiryRules;
    private readonly ScenarioRule[] _faultRules;

    public ScenarioMatcher(IEnumerable<ScenarioRule> rules)
    {
        Rules = [.. rules.OrderBy(r => r.Priority).ThenBy(r => r.Order)];
        _buyRules = [.. Rules.Where(r => r.Buy is not null)];
        _inquiryRules = [.. Rules.Where(r => r.InquiryFailure is not null)];
        _faultRules = [.. Rules.Where(r => r.Fault is not null)];
    }

    /// <summary>Whether any rule defines a test fault; without one, requests pay nothing for the feature.</summary>
    public bool HasFaults => _faultRules.Length > 0;

    /// <summary>Every rule, in the order they are tried.</summary>
    public IReadOnlyList<ScenarioRule> Rules { get; }

    internal (BuyOutcome Outcome, ScenarioRule? Rule) MatchBuy(Order request)
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

    internal string? MatchInquiryFailure(Order request) =>
        Array.Find(_inquiryRules, r => r.Matches(request))?.InquiryFailure;

    internal TestFault? MatchFault(Order request, string operation) =>
        Array.Find(_faultRules, r => r.Fault!.AppliesTo(operation) && r.Matches(request))?.Fault;
}
