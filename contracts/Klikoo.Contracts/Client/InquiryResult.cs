using Klikoo.Contracts.Lines;

namespace Klikoo.Contracts.Client;

/// <summary>
/// Klikoo's answer to an inquiry: a success line or a failure line. A failure is a normal reply, not an
/// exception (docs/klikoo-interface.md#endpoints: only the text tells success from failure).
/// </summary>
public sealed class InquiryResult
{
    internal InquiryResult(RLine line, string rawLine)
    {
        Line = line;
        RawLine = rawLine;
    }

    /// <summary>
    /// The result a reply of <paramref name="rawLine"/> gives, e.g. for a stand-in <see cref="KlikooIrsClient"/> in
    /// unit tests: <c>InquiryResult.Parse("R#OVO10. PRICE: 10100. CUSTNUM: ...")</c>.
    /// </summary>
    /// <exception cref="FormatException"><paramref name="rawLine"/> is not an inquiry line.</exception>
    public static InquiryResult Parse(string rawLine)
    {
        var line = RLine.Parse(rawLine);
        return line is InquirySuccessLine or InquiryFailureLine
            ? new InquiryResult(line, rawLine)
            : throw new FormatException($"Not an inquiry line: a {line.GetType().Name}.");
    }

    /// <summary>The parsed line: <see cref="InquirySuccessLine"/> or <see cref="InquiryFailureLine"/>.</summary>
    public RLine Line { get; }

    /// <summary>The reply exactly as received.</summary>
    public string RawLine { get; }

    /// <summary>Whether the inquiry succeeded.</summary>
    public bool IsSuccess => Line is InquirySuccessLine;

    /// <summary>The success line, or <see langword="null"/> when the inquiry failed.</summary>
    public InquirySuccessLine? Success => Line as InquirySuccessLine;

    /// <summary>The failure line, or <see langword="null"/> when the inquiry succeeded.</summary>
    public InquiryFailureLine? Failure => Line as InquiryFailureLine;

    /// <summary>Why the inquiry failed, or <see langword="null"/>.</summary>
    public string? Reason => Failure?.Reason;
}
