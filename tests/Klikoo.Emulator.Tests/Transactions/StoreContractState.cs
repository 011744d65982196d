using System.Globalization;
using System.Text.Json.Nodes;

namespace Klikoo.Emulator.Tests.Transactions;

/// <summary>
/// What the admin API and the Open API show of a store after a step: the health counts, the client's transactions
/// held whole, the overrides waiting, and the balance. Two stores that keep the same rules show the same text.
/// </summary>
internal sealed record StoreContractState(int Transactions, int Pending, long Forgotten, long Balance, IReadOnlyList<StoreContractTransaction> Held, string Overrides)
{
    public static StoreContractState Read(JsonNode health, JsonArray transactions, JsonArray overrides, long balance) => new(
        health["transactions"]!.GetValue<int>(),
        health["pendingTransactions"]!.GetValue<int>(),
        health["forgottenTransactions"]!.GetValue<long>(),
        balance,
        [.. transactions.Select(t => StoreContractTransaction.Read(t!))],
        string.Join("; ", overrides.Select(o => o!.ToJsonString())));

    /// <summary>One line per fact, so a difference between stores shows as the first differing line.</summary>
    public string Describe() => string.Join('\n', new[]
    {
        string.Create(CultureInfo.InvariantCulture, $"health: transactions={Transactions} pending={Pending} forgotten={Forgotten}"),
        string.Create(CultureInfo.InvariantCulture, $"balance: {Balance}"),
        $"overrides: [{Overrides}]",
    }.Concat(Held.Select(t => "transaction: " + t)));
}
