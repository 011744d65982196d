namespace Klikoo.Emulator.Journal;

/// <summary>The <c>Klikoo:Journal</c> configuration section.</summary>
public sealed class JournalOptions
{
    public const string Section = "Klikoo:Journal";

    /// <summary>How many requests the journal keeps (the newest); 0 turns it off. Memory stays bounded under any load.</summary>
    public int Capacity { get; set; } = 1000;

    /// <summary>The memory the journal's entries may take together, in bytes (docs/limits.md#the-journal).</summary>
    public long MaxBytes { get; set; } = 32L * 1024 * 1024;
}
