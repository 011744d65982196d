using Klikoo.Emulator.Clock;

namespace Klikoo.Emulator.Transactions;

/// <summary>
/// Moving the clock (the admin API, the test host) resolves every pending transaction that became due, before the
/// call that moved it answers: the clock feature only announces the move, and this feature decides what it means.
/// </summary>
internal sealed class ResolveOnClockMove(EmulatorClock clock, BuyHandler buys) : IHostedService
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = clock.OnMoved(buys.ResolveDue);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }
}
