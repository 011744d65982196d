namespace Klikoo.Emulator.Transactions;

/// <summary>Transactions are per (client_id, ref_id): two partners may use the same ref_id (docs/klikoo-interface.md#decisions).</summary>
public readonly record struct TransactionKey(string ClientId, string RefId);
