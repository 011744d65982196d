using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Klikoo.Emulator.Orders;
using Klikoo.Emulator.Transactions;

namespace Klikoo.Emulator.OpenApi;

/// <summary>
/// The query of <c>GET transactions</c>: <c>page</c> and <c>limit</c> (required), <c>q</c>, <c>from</c>, <c>to</c>
/// (ISO 8601, UTC without a zone). <c>q</c> matches reference, destination, product code, serial number and transaction
/// id, ignoring case (docs/open-api.md#assumed-not-documented-by-klikoo).
/// </summary>
internal sealed record HistoryFilter(int Page, int Limit, string? Q, DateTimeOffset? From, DateTimeOffset? To)
{
    private const int MaxQ = 128;

    public static bool TryRead(IQueryCollection query, [NotNullWhen(true)] out HistoryFilter? filter, out (bool Missing, string Text) problem)
    {
        filter = null;
        problem = default;
        foreach (var name in new[] { "page", "limit", "q", "from", "to" })
        {
            if (query[name].Count > 1)
            {
                problem = (false, $"{name} is given more than once");
                return false;
            }
        }

        if (!TryNumber(query, "page", int.MaxValue, out var page, out problem) || !TryNumber(query, "limit", OpenApiPurchases.MaxLimit, out var limit, out problem))
        {
            return false;
        }

        var q = query["q"].ToString();
        if (q.Length > MaxQ)
        {
            problem = (false, $"q is longer than {MaxQ} characters");
            return false;
        }

        if (!TryTime(query, "from", out var from, out problem) || !TryTime(query, "to", out var to, out problem))
        {
            return false;
        }

        filter = new(page, limit, q.Length == 0 ? null : q, from, to);
        return true;
    }

    public bool Matches(Transaction transaction) =>
        (From is null || transaction.CreatedAt >= From) &&
        (To is null || transaction.CreatedAt <= To) &&
        (Q is null ||
            Contains(transaction.Key.RefId) || Contains(transaction.Destination) || Contains(transaction.Product.Code) ||
            Contains(transaction.TransactionId) || (transaction.Status == Klikoo.Contracts.Lines.TransactionStatus.Success && Contains(transaction.SerialNumber)));

    private bool Contains(string text) => text.Contains(Q!, StringComparison.OrdinalIgnoreCase);

    private static bool TryNumber(IQueryCollection query, string name, int max, out int value, out (bool Missing, string Text) problem)
    {
        value = 0;
        problem = default;
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            problem = (true, $"{name} is missing or empty");
            return false;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) || value < 1 || value > max)
        {
            problem = (false, $"{name} '{EchoText.Of(text, 20)}' must be a whole number from 1 to {max}");
            return false;
        }

        return true;
    }

    private static bool TryTime(IQueryCollection query, string name, out DateTimeOffset? value, out (bool Missing, string Text) problem)
    {
        value = null;
        problem = default;
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return true;
        }

        if (text.Length > 40 || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            problem = (false, $"{name} '{EchoText.Of(text, 40)}' is not an ISO 8601 time, e.g. 2023-12-19T17:00:00");
            return false;
        }

        value = parsed;
        return true;
    }
}
