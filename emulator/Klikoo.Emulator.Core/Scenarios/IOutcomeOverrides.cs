using Klikoo.Emulator.Admin;

namespace Klikoo.Emulator.Scenarios;

/// <summary>
/// Overrides set through the admin API; each is used by the next matching buy and then removed, and wins over every
/// scenario rule. <see cref="OutcomeOverrides"/> keeps them in this process, <see cref="RedisOutcomeOverrides"/>
/// shares them between replicas. At most <see cref="OutcomeOverrides.Capacity"/> wait at once.
/// </summary>
internal interface IOutcomeOverrides : IResettableState
{
    /// <summary>Adds an override; null when <see cref="OutcomeOverrides.Capacity"/> are already waiting.</summary>
    OutcomeOverride? TryAdd(string? refId, string? to, BuyOutcome buy, DateTimeOffset now);

    IReadOnlyList<OutcomeOverride> Snapshot();

    bool Remove(string id);
}
