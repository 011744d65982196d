namespace Klikoo.Emulator.Fixtures;

/// <summary>One problem in a fixture file, at a 1-based line and column.</summary>
public sealed record FixtureError(string File, int Line, int Column, string Message)
{
    /// <summary>The <c>file:line:column: message</c> form editors and CI logs link to.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
