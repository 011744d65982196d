using System.Globalization;
using System.Text;

namespace Klikoo.Contracts.OpenApi;

/// <summary>The query of <c>GET /v1/open-api/transactions</c>.</summary>
public sealed record TransactionHistoryQuery
{
    /// <summary>The page, from 1.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Rows per page.</summary>
    public int Limit { get; init; } = 50;

    /// <summary>Search text (reference, destination, product, serial number).</summary>
    public string? Q { get; init; }

    /// <summary>Earliest transaction time, ISO 8601 (<c>2023-12-19T17:00:00</c>, UTC when no zone is given).</summary>
    public string? From { get; init; }

    /// <summary>Latest transaction time, ISO 8601.</summary>
    public string? To { get; init; }

    /// <summary>The query string, without the leading <c>?</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"page={Page}&limit={Limit}"));
        Append(text, "q", Q);
        Append(text, "from", From);
        Append(text, "to", To);
        return text.ToString();
    }

    private static void Append(StringBuilder text, string name, string? value)
    {
        if (value is not null)
        {
            text.Append('&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        }
    }
}
