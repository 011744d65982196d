namespace Klikoo.Emulator.Transactions;

/// <summary>One page of a list of transactions, and how many match in all.</summary>
internal sealed record TransactionPage(IReadOnlyList<Transaction> Items, int Total)
{
    /// <summary>The page of <paramref name="matching"/> after <paramref name="skip"/>, counting every one.</summary>
    public static TransactionPage Of(IEnumerable<Transaction> matching, long skip, int take)
    {
        var items = new List<Transaction>(Math.Min(take, 100));
        var total = 0;
        foreach (var transaction in matching)
        {
            if (total >= skip && items.Count < take)
            {
                items.Add(transaction);
            }

            total++;
        }

        return new(items, total);
    }
}
