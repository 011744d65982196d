namespace Klikoo.Emulator.Scenarios;

/// <summary>A one-shot outcome set at run time: the next buy for this ref_id or destination ends this way.</summary>
public sealed record OutcomeOverride(string Id, string? RefId, string? To, BuyOutcome Buy, DateTimeOffset CreatedAt);
