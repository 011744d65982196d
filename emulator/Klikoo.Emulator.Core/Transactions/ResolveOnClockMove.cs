using Klikoo.Emulator.Clock;
using Klikoo.Emulator.Hosting;
using Klikoo.Emulator.Orders;

namespace Klikoo.Emulator.Transactions;

/// <summary>
/// Moving the clock (the admin API, the test host) resolves every pending transaction that became due, before the
/// call that moved it answers (in memory at once; on a shared store the admin call awaits it). The clock feature
/// only announces the move, and this feature decides what it means.
/// </summary>
internal sealed class ResolveOnClockMove(EmulatorClock clock, OrderService buys, ILogger<ResolveOnClockMove> logger) : IHostedService
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = clock.OnMoved(() => BackgroundWork.RunAsync(logger, "resolving what became due as the clock moved", () => buys.ResolveDueAsync().AsTask()));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }
}
