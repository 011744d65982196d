namespace Klikoo.Emulator.Transactions;

/// <summary>
/// The in-memory store's pending rooms (<see cref="TransactionOptions.PendingCapacity"/>): a buy that will wait takes
/// one until its transaction is final or removed, so at most that many are INPROGRESS at once. The first refusal
/// since the last reset is logged once.
/// </summary>
internal sealed class PendingRooms(int capacity, ILogger logger)
{
    private int _held;
    private int _fullLogged;

    /// <summary>Rooms held: INPROGRESS transactions, and buys deciding to become one.</summary>
    public int Held => Volatile.Read(ref _held);

    /// <summary>Takes a room for a new buy that will wait; false when all are taken.</summary>
    public bool TryTake()
    {
        var held = Volatile.Read(ref _held);
        while (held < capacity)
        {
            var seen = Interlocked.CompareExchange(ref _held, held + 1, held);
            if (seen == held)
            {
                return true;
            }

            held = seen;
        }

        if (Interlocked.Exchange(ref _fullLogged, 1) == 0)
        {
            TransactionLog.PendingTransactionsFull(logger, capacity);
        }

        return false;
    }

    /// <summary>Gives back a room taken by <see cref="TryTake"/>.</summary>
    public void Give() => Interlocked.Decrement(ref _held);

    /// <summary>Gives back the room <paramref name="transaction"/> holds, if it holds one (once, however many call).</summary>
    public void GiveBack(Transaction transaction)
    {
        if (transaction.ReleasePendingRoom())
        {
            Give();
        }
    }

    /// <summary>A new run logs a refusal again.</summary>
    public void Reset() => Interlocked.Exchange(ref _fullLogged, 0);
}
