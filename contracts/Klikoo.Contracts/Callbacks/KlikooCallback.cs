using System.Diagnostics.CodeAnalysis;
using Klikoo.Contracts.Lines;

namespace Klikoo.Contracts.Callbacks;

/// <summary>
/// Parses the query string of a callback request. Two forms arrive: the report line itself as the query
/// (<c>?R%23359912451 MXD17. ... @15:25:39.484331 20/02/2024&amp;refid=359912451</c>), or a partner template's
/// parameters (<c>?message={message}&amp;refid={refid}</c>, the message being the line without its
/// <c>&amp;refid=</c> tail, docs/klikoo-interface.md#decisions).
/// </summary>
public static class KlikooCallback
{
    private const string RefIdParameter = "refid";

    /// <summary>Parses the query string of a callback request (with or without the leading <c>?</c>).</summary>
    /// <exception cref="FormatException">No transaction report in the query.</exception>
    public static CallbackReport Parse(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query = query.TrimStart('?');

        // Form 1: the whole query is the line, its &refid= tail included.
        var whole = Decode(query);
        if (whole.StartsWith(RLine.Prefix, StringComparison.Ordinal))
        {
            return Report(RLine.Parse(whole), whole);
        }

        // Form 2: one parameter carries the line, another the ref_id.
        string? message = null;
        string? refId = null;
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Decode(pair[(equals + 1)..]);
            if (string.Equals(name, RefIdParameter, StringComparison.OrdinalIgnoreCase))
            {
                refId ??= value;
            }
            else if (value.StartsWith(RLine.Prefix, StringComparison.Ordinal))
            {
                message ??= value;
            }
        }

        if (message is null)
        {
            throw new FormatException("The callback carries no R# line: neither the query nor any parameter starts with 'R#'.");
        }

        // Final reports end with &refid=<ref_id>; the template took that tail off, so put it back.
        if (refId is not null && RLine.TryParse($"{message}&refid={refId}", out var final))
        {
            return Report(final, message);
        }

        return Report(RLine.Parse(message), message);
    }

    /// <summary>Parses the query string of a callback request, returning <see langword="false"/> when it carries no report.</summary>
    public static bool TryParse([NotNullWhen(true)] string? query, [NotNullWhen(true)] out CallbackReport? report)
    {
        report = null;
        if (query is null)
        {
            return false;
        }

        try
        {
            report = Parse(query);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static CallbackReport Report(RLine line, string text) =>
        line is TransactionLine transaction
            ? new CallbackReport(transaction, transaction.RefId)
            : throw new FormatException($"The callback carries a {line.GetType().Name}, not a transaction report: '{text}'.");

    private static string Decode(string value) => Uri.UnescapeDataString(value.Replace('+', ' '));
}
