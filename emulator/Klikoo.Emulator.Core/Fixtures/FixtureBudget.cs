namespace Klikoo.Emulator.Fixtures;

/// <summary>What one validation of a folder may still spend: nodes (see <see cref="FixtureLimits.MaxNodes"/>) and time.</summary>
internal sealed class FixtureBudget(CancellationToken cancellationToken)
{
    /// <summary>Cancelled when the time budget is spent or the emulator stops.</summary>
    public CancellationToken CancellationToken => cancellationToken;

    /// <summary>Nodes read so far in the folder, aliases counted as all they repeat.</summary>
    public long Nodes { get; set; }

    /// <summary>The file being checked: where an error about the whole validation (its time) is reported.</summary>
    public string File { get; set; } = ".";
}
