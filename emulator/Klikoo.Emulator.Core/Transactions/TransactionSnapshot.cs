using Klikoo.Contracts.Lines;

namespace Klikoo.Emulator.Transactions;

/// <summary>A transaction's state at one moment, for the admin API, the dashboard and tests.</summary>
public sealed record TransactionSnapshot(
    string ClientId,
    string RefId,
    string TransactionId,
    string ProductCode,
    string Destination,
    long? Amount,
    long Price,
    TransactionStatus Status,
    string? Reason,
    string? SerialNumber,
    BalanceChange? Balance,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ResolveAt,
    DateTimeOffset? FinalAt,
    string? Scenario);
