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
/// <param name="State">Where transactions, balances and the clock offset are kept (docs/shared-state.md).</param>
public sealed record HealthReport(
    string Status,
    string? Version,
    DateTimeOffset Now,
    bool ClockFrozen,
    HealthReport.FixtureHealth Fixtures,
    int Transactions,
    int PendingTransactions,
    long ForgottenTransactions,
    HealthReport.StateHealth State)
{
    /// <param name="Store"><c>memory</c>, or <c>redis</c> when replicas share state.</param>
    /// <param name="Reachable">Whether the store answers at all; while Redis is away or too slow, buys answer "Harap hubungi admin" and the counts read 0.</param>
    /// <param name="Replica">This replica's name in the journal (Redis only).</param>
    /// <param name="Failure">What Redis did in the outage under way (away, too slow, out of memory, WRONGTYPE); absent while it works.</param>
    public sealed record StateHealth(string Store, bool Reachable, string? Replica, string? Failure = null);

    /// <param name="Folder">The fixtures folder served.</param>
    /// <param name="Files">How many fixture files it holds.</param>
    /// <param name="Succeeded">Whether the last reload was served (an invalid folder keeps the last good catalogue).</param>
    public sealed record FixtureHealth(string Folder, int Files, bool Succeeded);
}
