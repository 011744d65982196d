namespace Klikoo.Emulator.Transactions;

/// <summary>What a transaction store holds (<see cref="ITransactionStore.CountsAsync"/>), for health and the dashboard.</summary>
/// <param name="Count">Transactions held whole.</param>
/// <param name="Pending">Pending rooms held: INPROGRESS transactions, and buys deciding to become one.</param>
/// <param name="Forgotten">Transactions forgotten to keep memory bounded since the last reset.</param>
internal readonly record struct StoreCounts(int Count, int Pending, long Forgotten);
