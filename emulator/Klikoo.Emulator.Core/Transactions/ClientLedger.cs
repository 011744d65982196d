using System.Collections.Concurrent;
using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Clients;

namespace Klikoo.Emulator.Transactions;

/// <summary>
/// Each partner's deposit balance, starting from the clients fixture. Every change happens under the account's
/// lock, so <c>before - deduction = after</c> holds however many buys race (docs/klikoo-interface.md#decisions).
/// </summary>
internal sealed class ClientLedger : IClientLedger
{
    private readonly ConcurrentDictionary<string, Account> _accounts = new(StringComparer.Ordinal);

    public ValueTask<long> BalanceOfAsync(ClientAccount partner) => ValueTask.FromResult(BalanceOf(partner));

    public long BalanceOf(ClientAccount partner)
    {
        var account = AccountOf(partner);
        lock (account.Gate)
        {
            return account.Balance;
        }
    }

    /// <summary>Charges <paramref name="price"/> when the balance covers it; otherwise changes nothing.</summary>
    public bool TryCharge(ClientAccount partner, long price, out BalanceChange change)
    {
        var account = AccountOf(partner);
        lock (account.Gate)
        {
            if (account.Balance < price)
            {
                change = BalanceChange.Unchanged(account.Balance);
                return false;
            }

            change = BalanceChange.Charge(account.Balance, price);
            account.Balance = change.After;
            return true;
        }
    }

    /// <summary>Sets the balance (a scenario pinning SISA SALDO, or an admin top-up).</summary>
    public void Set(ClientAccount partner, long balance)
    {
        var account = AccountOf(partner);
        lock (account.Gate)
        {
            account.Balance = balance;
        }
    }

    /// <summary>Forgets every balance: each client starts again from its fixture balance.</summary>
    public void Reset() => _accounts.Clear();

    private Account AccountOf(ClientAccount partner) =>
        _accounts.GetOrAdd(partner.ClientId, static (_, p) => new Account { Balance = p.Balance }, partner);

    private sealed class Account
    {
        public readonly Lock Gate = new();
        public long Balance;
    }
}
