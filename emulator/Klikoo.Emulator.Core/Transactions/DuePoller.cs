using Klikoo.Emulator.Clock;
using Klikoo.Emulator.State;
using Microsoft.Extensions.Options;

namespace Klikoo.Emulator.Transactions;

/// <summary>
/// With shared state, every replica looks for pending transactions that became due, instead of a timer per
/// transaction in the replica that made it: a replica that dies leaves nothing behind, and the resolve script lets
/// exactly one replica resolve each (and send its report).
/// </summary>
internal sealed class DuePoller(BuyHandler buys, RedisOutage outage, IOptions<StateOptions> options, ILogger<DuePoller> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.DuePollInterval, WallClock.Instance);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            outage.Run(logger, "resolving due transactions", buys.ResolveDue);
        }
    }
}
