namespace Klikoo.Emulator.Callbacks;

/// <summary>
/// The <c>Klikoo:Callbacks</c> configuration section: how final reports reach the partner (docs/klikoo-interface.md#decisions). Checked at
/// start-up by <see cref="CallbackOptionsValidator"/>; the limits are in docs/limits.md#callbacks.
/// </summary>
public sealed class CallbackOptions
{
    public const string Section = "Klikoo:Callbacks";

    /// <summary>Attempts per report, the first included.</summary>
    public int Attempts { get; set; } = 4;

    /// <summary>The wait before the first retry; each next retry waits twice as long, at most a minute.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one attempt may take, from connecting to the end of the reply's body.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Reports waiting to be sent at most, over every receiver; past it the oldest report of the receiver with the most waiting is dropped, and the drop recorded.</summary>
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>Reports waiting for one receiver (scheme, host and port) at most; past it its oldest is dropped, and the drop recorded.</summary>
    public int QueueCapacityPerReceiver { get; set; } = 1_000;

    /// <summary>How long stopping the emulator waits for queued reports to be delivered.</summary>
    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Reports sent to one receiver at the same time.</summary>
    public int Senders { get; set; } = 4;
}
