namespace Klikoo.Emulator.Callbacks;

/// <summary>One attempt to deliver a report, as the journal shows it.</summary>
/// <param name="At">When the attempt ended.</param>
/// <param name="ClientId">Whose callback URL.</param>
/// <param name="RefId">The transaction reported.</param>
/// <param name="Url">The URL called, the report in it; the client's template when no URL could be built.</param>
/// <param name="Attempt">1 for the first try; 0 for a report never sent (dropped from a full queue, or not built).</param>
/// <param name="StatusCode">The receiver's HTTP status, or null when no whole status and headers came.</param>
/// <param name="Error">What went wrong, or null.</param>
/// <param name="Delivered">Whether this attempt delivered the report: a 2xx whose body ended, or reached the read cap, within the deadline.</param>
public sealed record CallbackAttempt(
    DateTimeOffset At,
    string ClientId,
    string RefId,
    string Url,
    int Attempt,
    int? StatusCode,
    string? Error,
    bool Delivered);
