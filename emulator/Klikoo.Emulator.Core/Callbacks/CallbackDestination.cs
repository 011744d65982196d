namespace Klikoo.Emulator.Callbacks;

/// <summary>
/// One receiver's reports waiting to be sent, and how many senders work on them. Changed only under the
/// <see cref="CallbackQueue"/>'s lock.
/// </summary>
/// <param name="key">The receiver: scheme, host and port.</param>
internal sealed class CallbackDestination(string key)
{
    public string Key { get; } = key;

    public Queue<CallbackJob> Jobs { get; } = new();

    /// <summary>Senders started for this receiver and not yet finished.</summary>
    public int Senders { get; set; }
}
