
namespace Klikoo.Emulator.Journal;

/// <summary>
/// One public request and its reply, as QA sees it in the journal. <c>client_secret</c> and <c>pin</c> are never
/// kept: only whether they were sent (<c>***</c>). <see cref="Fault"/> names a test fault applied to the reply.
/// <see cref="Diagnosis"/> says which check refused the request (null when it was not refused): the reply keeps
/// Klikoo's own line, which often does not say, e.g. which credential was wrong. <see cref="Replica"/> names the
/// replica that answered, when replicas share state (docs/shared-state.md); each keeps its own journal.
/// </summary>
public sealed record JournalEntry(
    long Id,
    DateTimeOffset At,
    string Method,
    string Operation,
    string Path,
    string? ClientId,
    string? ClientSecret,
    string? Pin,
    string? Idrs,
    string? ProductCode,
    string? RefId,
    string? To,
    string? Amount,
    string? SellingPrice,
    string Reply,
    double DurationMs,
    string? Fault = null,
    string? Diagnosis = null,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? Replica = null)
{
    public const string Masked = "***";
}
