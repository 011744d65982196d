namespace Klikoo.Emulator.Fixtures;

/// <summary>One load of the fixtures folder: when, whether it was served, and what was wrong if not.</summary>
public sealed record FixtureReload(DateTimeOffset At, bool Succeeded, int Files, IReadOnlyList<FixtureError> Errors);
