using Klikoo.Emulator.Admin;
using Klikoo.Emulator.Clients;

namespace Klikoo.Emulator.Transactions;

/// <summary>
/// Each partner's deposit balance, starting from the clients fixture: <see cref="ClientLedger"/> in this process,
/// <see cref="RedisClientLedger"/> shared by replicas. Charges happen only where a transaction resolves
/// (<see cref="ITransactionStore.TryResolveAsync"/>), so <c>before - deduction = after</c> holds however many buys race.
/// </summary>
internal interface IClientLedger : IResettableState
{
    /// <summary>The client's balance now; in memory at once, on Redis one awaited round trip.</summary>
    ValueTask<long> BalanceOfAsync(ClientAccount partner);
}
