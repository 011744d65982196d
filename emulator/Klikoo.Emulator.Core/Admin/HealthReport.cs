namespace Klikoo.Emulator.Admin;

/// <summary><c>GET /__admin/health</c>: whether the emulator is up, with what it serves.</summary>
/// <param name="Status">Always <c>ok</c>: an emulator that answers is up.</param>
/// <param name="Version">The emulator's version, with the commit it was built from.</param>
/// <param name="Now">The emulator's time, in UTC.</param>
/// <param name="ClockFrozen">Whether Klikoo:Clock:Fixed froze the clock.</param>
/// <param name="Fixtures">The fixtures folder and its last reload.</param>
/// <param name="Transactions">Transactions held whole.</param>
/// <param name="PendingTransactions">Transactions INPROGRESS (or deciding to be).</param>
/// <param name="ForgottenTransactions">Transactions forgotten to keep memory bounded since the last reset.</param>
public sealed record HealthReport(
    string Status,
    string? Version,
    DateTimeOffset Now,
    bool ClockFrozen,
    HealthReport.FixtureHealth Fixtures,
    int Transactions,
    int PendingTransactions,
    long ForgottenTransactions)
{
    /// <param name="Folder">The fixtures folder served.</param>
    /// <param name="Files">How many fixture files it holds.</param>
    /// <param name="Succeeded">Whether the last reload was served (an invalid folder keeps the last good catalogue).</param>
    public sealed record FixtureHealth(string Folder, int Files, bool Succeeded);
}
