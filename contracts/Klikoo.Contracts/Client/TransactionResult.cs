using Klikoo.Contracts.Lines;

namespace Klikoo.Contracts.Client;

/// <summary>
/// Klikoo's answer to a buy or status check: INPROGRESS, SUCCESS, FAILED, or a request rejected before any
/// transaction existed (<c>TRXID: -</c>). Failures are normal replies, not exceptions.
/// </summary>
public sealed class TransactionResult
{
    internal TransactionResult(RLine line, string rawLine)
    {
        Line = line;
        RawLine = rawLine;
    }

    /// <summary>
    /// The result a reply of <paramref name="rawLine"/> gives, e.g. for a stand-in <see cref="KlikooIrsClient"/> in
    /// unit tests: <c>TransactionResult.Parse("R#1001 OVO10. 081234567890 INPROGRESS. TRXID: 7. @...")</c>.
    /// </summary>
    /// <exception cref="FormatException"><paramref name="rawLine"/> is not a transaction report or a rejected buy.</exception>
    public static TransactionResult Parse(string rawLine)
    {
        var line = RLine.Parse(rawLine);
        return line is TransactionLine or RejectedLine
            ? new TransactionResult(line, rawLine)
            : throw new FormatException($"Not a transaction report: a {line.GetType().Name}.");
    }

    /// <summary>The parsed line: a <see cref="TransactionLine"/> or a <see cref="RejectedLine"/>.</summary>
    public RLine Line { get; }

    /// <summary>The reply exactly as received.</summary>
    public string RawLine { get; }

    /// <summary>The status; a rejected request counts as <see cref="TransactionStatus.Failed"/>.</summary>
    public TransactionStatus Status => Line is TransactionLine transaction ? transaction.Status : TransactionStatus.Failed;

    /// <summary>Whether the status is final: anything but INPROGRESS. A final status never changes again.</summary>
    public bool IsFinal => Status != TransactionStatus.InProgress;

    /// <summary>Whether the request was rejected before a transaction was created (validation, credentials).</summary>
    public bool IsRejected => Line is RejectedLine;

    /// <summary>Klikoo's transaction id, or <see langword="null"/> when none was created.</summary>
    public string? TransactionId => (Line as TransactionLine)?.TransactionId;

    /// <summary>Why it failed or was rejected, or <see langword="null"/>.</summary>
    public string? Reason => Line switch
    {
        FailedLine failed => failed.Reason,
        RejectedLine rejected => rejected.Reason,
        _ => null,
    };

    /// <summary>The SUCCESS line, or <see langword="null"/>.</summary>
    public SuccessLine? Success => Line as SuccessLine;

    /// <summary>The FAILED line of an existing transaction, or <see langword="null"/>.</summary>
    public FailedLine? Failed => Line as FailedLine;

    /// <summary>The INPROGRESS line, or <see langword="null"/>.</summary>
    public InProgressLine? InProgress => Line as InProgressLine;

    /// <summary>The rejection line, or <see langword="null"/>.</summary>
    public RejectedLine? Rejected => Line as RejectedLine;
}
