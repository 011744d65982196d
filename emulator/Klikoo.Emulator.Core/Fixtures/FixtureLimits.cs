namespace Klikoo.Emulator.Fixtures;

/// <summary>
/// What a fixtures folder may hold, so no file can exhaust memory, time or the stack, or carry a number the runtime
/// cannot represent (docs/limits.md#fixture-files). Fixed rather than configured, so <c>validate</c> and a running
/// emulator always agree on what is valid.
/// </summary>
internal static class FixtureLimits
{
    /// <summary>One fixture file, in bytes: 2 MiB, some 35,000 one-line customers.</summary>
    public const long MaxFileBytes = 2 * 1024 * 1024;

    /// <summary>All fixture files together, in bytes.</summary>
    public const long MaxTotalBytes = 8 * 1024 * 1024;

    /// <summary>Fixture files in the folder and its subfolders.</summary>
    public const int MaxFiles = 1_000;

    /// <summary>Lists and mappings inside each other; the fixture format itself needs 6.</summary>
    public const int MaxDepth = 32;

    /// <summary>
    /// Values, lists and mappings in the whole folder, an alias counting as everything it repeats: some 35,000
    /// customers. This bounds the memory and time a folder takes; measured, a full one takes about 200 MB and 3 s.
    /// </summary>
    public const long MaxNodes = 250_000;

    /// <summary>Errors listed; beyond them, only counted.</summary>
    public const int MaxErrors = 1_000;

    /// <summary>Characters of one error message; a message quoting a huge value is cut.</summary>
    public const int MaxMessageLength = 500;

    /// <summary>Families declared in the folder: many times Klikoo's catalogue, few enough to list in a message or a page.</summary>
    public const int MaxFamilies = 500;

    /// <summary>Characters of a scenario's or a destination's regular expression.</summary>
    public const int MaxPatternLength = 1_000;

    /// <summary>
    /// Prices, amounts and balances: 15 digits, as Klikoo's amounts, and exact as a JSON number in any client
    /// (JavaScript's safe integers end at 2^53, about 9.007e15); sums and differences of two stay far inside a long.
    /// </summary>
    public const long MaxRupiah = 999_999_999_999_999;

    /// <summary>A buy's <c>pendingFor</c>: 30 days, well inside what .NET timers can wait (4,294,967,294 ms, 49.7 days).</summary>
    public const long MaxPendingForSeconds = 30 * 24 * 60 * 60;

    /// <summary>A test fault's <c>delay</c>: 10 minutes, longer than any client waits for a reply.</summary>
    public const long MaxDelayMilliseconds = 10 * 60 * 1000;

    /// <summary>A scenario's <c>priority</c>: what an <see cref="int"/> holds.</summary>
    public const long MaxPriority = int.MaxValue;

    /// <summary>Reading and validating the whole folder, at start-up, on reload and in <c>validate</c>: several times what a full folder takes.</summary>
    public static readonly TimeSpan TimeBudget = TimeSpan.FromSeconds(20);
}
