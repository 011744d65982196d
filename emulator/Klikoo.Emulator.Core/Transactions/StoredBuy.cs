using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Orders;

namespace Klikoo.Emulator.Transactions;

/// <summary>What the store did with a buy (<see cref="ITransactionStore.BuyAsync"/>).</summary>
/// <param name="Transaction">The reference's transaction; null when none was made (reference forgotten, or no pending room).</param>
/// <param name="Created">Whether this call made it: true for exactly one caller per transaction however many race.</param>
/// <param name="FinalLine">The final line when this call also resolved it (it was due at once): its report is this caller's to send.</param>
/// <param name="Refusal">Why no transaction is there: <see cref="RejectionCause.RefIdForgotten"/> or <see cref="RejectionCause.PendingFull"/>.</param>
internal readonly record struct StoredBuy(Transaction? Transaction, bool Created, TransactionLine? FinalLine, RejectionCause Refusal)
{
    public static StoredBuy Found(Transaction transaction) => new(transaction, false, null, RejectionCause.None);

    public static StoredBuy Made(Transaction transaction, TransactionLine? finalLine) => new(transaction, true, finalLine, RejectionCause.None);

    public static StoredBuy Refused(RejectionCause cause) => new(null, false, null, cause);
}
