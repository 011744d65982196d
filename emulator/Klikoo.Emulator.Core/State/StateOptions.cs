namespace Klikoo.Emulator.State;

/// <summary>
/// Where the emulator keeps what must outlive a request (docs/shared-state.md): in this process's memory (the
/// default), or in Redis, shared by every replica that names the same server and prefix.
/// </summary>
public sealed class StateOptions
{
    public const string Section = "Klikoo:State";

    /// <summary>A StackExchange.Redis configuration string (<c>localhost:6379</c>); empty keeps state in memory.</summary>
    public string? Redis { get; set; }

    /// <summary>Prepended to every key, so several emulators can share one Redis without seeing each other's state.</summary>
    public string Prefix { get; set; } = "klikoo:";

    /// <summary>This replica's name in the journal; the host name and process id when unset.</summary>
    public string? Replica { get; set; }

    /// <summary>How often a replica looks for pending transactions that became due (Redis only).</summary>
    public TimeSpan DuePollInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    public bool UsesRedis => !string.IsNullOrWhiteSpace(Redis);

    /// <summary>The name the journal gives this replica: null for a lone emulator (in-memory state).</summary>
    public string? ReplicaName => !UsesRedis ? null : string.IsNullOrWhiteSpace(Replica) ? $"{Environment.MachineName}-{Environment.ProcessId}" : Replica;
}
