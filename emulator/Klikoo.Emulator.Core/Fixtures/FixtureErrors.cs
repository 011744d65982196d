namespace Klikoo.Emulator.Fixtures;

/// <summary>
/// The errors of one validation. The first <see cref="FixtureLimits.MaxErrors"/> are kept, each message cut to
/// <see cref="FixtureLimits.MaxMessageLength"/>; later ones are only counted, so a file of mistakes cannot
/// exhaust memory, and the count ends the list.
/// </summary>
internal sealed class FixtureErrors
{
    private readonly List<FixtureError> _listed = [];
    private FixtureError? _firstUnlisted;
    private int _unlisted;

    public int Count => _listed.Count + _unlisted;

    /// <summary>No more errors will be listed: checks that only find more of them may stop.</summary>
    public bool IsFull => _listed.Count >= FixtureLimits.MaxErrors;

    public void Add(FixtureError error)
    {
        if (IsFull)
        {
            _firstUnlisted ??= error;
            _unlisted++;
            return;
        }

        _listed.Add(error.Message.Length <= FixtureLimits.MaxMessageLength
            ? error
            : error with { Message = string.Concat(error.Message.AsSpan(0, FixtureLimits.MaxMessageLength - 1), "\u2026") });
    }

    /// <summary>By file, line and column; then, if any were only counted, how many.</summary>
    public IReadOnlyList<FixtureError> Sorted()
    {
        IEnumerable<FixtureError> sorted = _listed.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column);
        return _firstUnlisted is { } first ? [.. sorted, first with { Message = $"{_unlisted} more error(s) not listed" }] : [.. sorted];
    }
}
