using System.Text.Json.Nodes;

namespace Klikoo.Emulator.Tests.Transactions;

/// <summary>One transaction as <c>GET /__admin/transactions</c> shows it, with the raw JSON for comparing stores.</summary>
internal sealed record StoreContractTransaction(
    string RefId, string TransactionId, long Price, string Status, string? Reason, long? Before, long? Deduction, long? After, DateTimeOffset? ResolveAt, string Json)
{
    public bool IsFinal => Status != "inProgress";

    public static StoreContractTransaction Read(JsonNode t) => new(
        t["refId"]!.GetValue<string>(),
        t["transactionId"]!.GetValue<string>(),
        t["price"]!.GetValue<long>(),
        t["status"]!.GetValue<string>(),
        t["reason"]?.GetValue<string>(),
        t["balance"]?["before"]?.GetValue<long>(),
        t["balance"]?["deduction"]?.GetValue<long>(),
        t["balance"]?["after"]?.GetValue<long>(),
        t["resolveAt"]?.GetValue<DateTimeOffset>(),
        t.ToJsonString());

    public override string ToString() => Json;
}
