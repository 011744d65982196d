namespace Klikoo.Emulator.Fixtures;

/// <summary>Start-up refused: the fixtures are invalid. The message lists every error as file:line:column.</summary>
public sealed class FixtureValidationException(string folder, IReadOnlyList<FixtureError> errors)
    : Exception($"Fixtures in '{folder}' are invalid ({errors.Count} error(s)):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}")
{
    public IReadOnlyList<FixtureError> Errors { get; } = errors;
}
