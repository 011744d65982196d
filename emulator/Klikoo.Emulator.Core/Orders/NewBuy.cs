using Klikoo.Emulator.Transactions;

namespace Klikoo.Emulator.Orders;

/// <summary>What <see cref="OrderService.BuyAsync"/> did with an order.</summary>
/// <param name="Transaction">The reference's transaction; null when none was made (reference forgotten, or no pending room).</param>
/// <param name="Created">Whether this call made it.</param>
/// <param name="Refusal">Why the order made no new transaction; <see cref="RejectionCause.None"/> when it did.</param>
internal sealed record NewBuy(Transaction? Transaction, bool Created, RejectionCause Refusal);
