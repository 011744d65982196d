using Klikoo.Emulator.Clock;
using Klikoo.Emulator.Orders;
using Klikoo.Emulator.State;
using Microsoft.Extensions.Options;

namespace Klikoo.Emulator.Transactions;

/// <summary>
/// With shared state, every replica looks for pending transactions that became due, instead of a timer per
/// transaction in the replica that made it: a replica that dies leaves nothing behind, and the resolve script lets
/// exactly one replica resolve each (and send its report). Each poll also notes how far the TRXID counter is, so a
/// counter Redis lost starts again above every TRXID given out (<see cref="RedisTransactionIds"/>).
/// </summary>
internal sealed class DuePoller(OrderService buys, RedisTransactionIds ids, RedisOutage outage, IOptions<StateOptions> options, ILogger<DuePoller> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.DuePollInterval, WallClock.Instance);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await outage.RunAsync(logger, "resolving due transactions", async () =>
            {
                await ids.ObserveAsync();
                await buys.ResolveDueAsync();
            });
        }
    }
}
