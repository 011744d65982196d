using Klikoo.Contracts.Lines;

namespace Klikoo.Emulator.Transactions;

/// <summary>How a pending transaction resolved: its final status, the FAILED reason, and the balance line it reports.</summary>
internal readonly record struct Resolution(TransactionStatus Status, string? Reason, BalanceChange Balance);
