using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Scenarios;

namespace Klikoo.Emulator.Transactions;

/// <summary>A transaction as a shared store keeps it: plain values, no catalogue objects.</summary>
internal sealed record TransactionRecord(
    TransactionKey Key,
    long Sequence,
    string ProductCode,
    string Destination,
    long? Amount,
    long Price,
    string TransactionId,
    string SerialNumber,
    BuyResult Result,
    string? OutcomeReason,
    string? RuleName,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ResolveAt,
    bool ViaOpenApi,
    bool HoldsPendingRoom,
    TransactionStatus Status,
    string? FailedReason,
    BalanceChange Balance,
    DateTimeOffset? ResolvedAt);
