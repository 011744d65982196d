namespace Klikoo.Emulator.Fixtures;

/// <summary>What <see cref="FixtureLoader.Read"/> found: the files it read, and a located error for each it would not read.</summary>
public sealed record FixtureLoad(IReadOnlyList<FixtureFile> Files, IReadOnlyList<FixtureError> Errors);
