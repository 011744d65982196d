namespace Klikoo.Emulator.Callbacks;

/// <summary>One report to deliver.</summary>
/// <param name="ClientId">Whose callback URL.</param>
/// <param name="RefId">The transaction reported.</param>
/// <param name="Url">The expanded URL, the report in its query; or the Open API callback URL.</param>
/// <param name="JsonBody">The Open API's JSON purchase callback, POSTed; null for the string interface's GET report.</param>
internal sealed record CallbackJob(string ClientId, string RefId, Uri Url, string? JsonBody = null)
{
    /// <summary>The receiver (scheme, host and port) whose queue the report waits in.</summary>
    public string Destination { get; } = CallbackUrl.Destination(Url);

    /// <summary>Its id in the shared outbox (<see cref="RedisCallbackOutbox"/>); null when state is in memory.</summary>
    public string? OutboxId { get; init; }
}
