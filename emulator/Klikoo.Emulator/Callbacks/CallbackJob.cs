namespace Klikoo.Emulator.Callbacks;

/// <summary>One report to deliver; travels with its HTTP request so every attempt can be recorded.</summary>
internal sealed class CallbackJob(string clientId, string refId, Uri url)
{
    public static readonly HttpRequestOptionsKey<CallbackJob> RequestKey = new("Klikoo.Callback");

    private int _attempts;

    public string ClientId { get; } = clientId;

    public string RefId { get; } = refId;

    public Uri Url { get; } = url;

    public int NextAttempt() => Interlocked.Increment(ref _attempts);
}
