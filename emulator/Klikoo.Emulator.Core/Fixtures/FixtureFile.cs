namespace Klikoo.Emulator.Fixtures;

/// <summary>One fixture file's text, named by its path relative to the fixtures folder.</summary>
public sealed record FixtureFile(string Path, string Text);
