namespace Klikoo.Emulator.Scenarios;

/// <summary>A one-shot outcome set at run time: the next buy for this ref_id or destination ends this way.</summary>
public sealed record OutcomeOverride(string Id, string? RefId, string? To, BuyOutcome Buy, DateTimeOffset CreatedAt)
{
    /// <summary>Whether a buy of <paramref name="refId"/> to <paramref name="destination"/> takes it: both stores ask this one rule.</summary>
    public bool Matches(string refId, string destination) => (RefId is null || RefId == refId) && (To is null || To == destination);

    /// <summary>The first of <paramref name="overrides"/> (oldest first) that a buy of <paramref name="refId"/> to <paramref name="destination"/> takes.</summary>
    public static OutcomeOverride? FirstMatch(IEnumerable<OutcomeOverride> overrides, string refId, string destination)
    {
        // A loop, not First(predicate): that closure would be allocated on every buy, overrides or not.
        foreach (var o in overrides)
        {
            if (o.Matches(refId, destination))
            {
                return o;
            }
        }

        return null;
    }
}
