using System.Globalization;

namespace Klikoo.Tests.Infrastructure;

/// <summary>A documented request, the instant it was answered, and Klikoo's documented reply.</summary>
public sealed record DocumentedSample(string Name, IrsQuery Query, DateTimeOffset At, string Line)
{
    /// <summary>the docs/klikoo-interface.md#inquiry-replies seven inquiry samples, each with the documentation's request parameters.</summary>
    public static IReadOnlyList<DocumentedSample> Inquiries { get; } =
    [
        new("PLN20", IrsQuery.Sample("PLN20", "01105691111", "20500", "21000"), AtOf(DocumentedLines.InquiryPln), DocumentedLines.InquiryPln),
        new("PLN failure", IrsQuery.Sample("PLN20", "01105601111", "20500", "21000"), AtOf(DocumentedLines.InquiryFailure), DocumentedLines.InquiryFailure),
        new("OVO10", IrsQuery.Sample("OVO10", "081000000001"), AtOf(DocumentedLines.InquiryOvo), DocumentedLines.InquiryOvo),
        new("GOPAY10", IrsQuery.Sample("GOPAY10", "081000000001"), AtOf(DocumentedLines.InquiryGopay), DocumentedLines.InquiryGopay),
        new("DN1", IrsQuery.Sample("DN1", "0817345544"), AtOf(DocumentedLines.InquiryDana), DocumentedLines.InquiryDana),
        new("DNOPEN", IrsQuery.Sample("DNOPEN", "0817345544", amount: "20000"), AtOf(DocumentedLines.InquiryDanaOpen), DocumentedLines.InquiryDanaOpen),
        new("MAX5000", IrsQuery.Sample("MAX5000", "0817345544"), AtOf(DocumentedLines.InquiryMaxim), DocumentedLines.InquiryMaxim),
    ];

    /// <summary>
    /// the docs/klikoo-interface.md#transaction-reports transaction reports. The documentation does not show their requests; these are the requests the
    /// shipped scenarios answer with each line. The FAILED sample's arithmetic is wrong, so only a server that
    /// replays documented text can give it (<see cref="Reproducible"/> is false).
    /// </summary>
    public static IReadOnlyList<DocumentedSample> Buys { get; } =
    [
        new("MXD17 SUCCESS", IrsQuery.Buy("MXD17", "48429495", "359912451"), AtOf(DocumentedLines.BuySuccessMaxim), DocumentedLines.BuySuccessMaxim),
        new("PLN50 SUCCESS", IrsQuery.Buy("PLN50", "14444941364", "13574661"), AtOf(DocumentedLines.BuySuccessPln), DocumentedLines.BuySuccessPln),
        new("DNOPEN INPROGRESS", IrsQuery.Buy("DNOPEN", "081111111111", "00f7ade1-68df-4d58-a7c9-297ec86e6632", "20000"), AtOf(DocumentedLines.BuyInProgressDanaOpen), DocumentedLines.BuyInProgressDanaOpen),
        new("DNOPEN rejected", IrsQuery.Buy("DNOPEN", "081111111111", "00f7ade1-68df-4d58-a7c9-297ec86e6632"), AtOf(DocumentedLines.BuyRejectedDanaOpen), DocumentedLines.BuyRejectedDanaOpen),
        new("MXD40 FAILED", IrsQuery.Buy("MXD40", "151443938", "204900199"), AtOf(DocumentedLines.BuyFailedMaxim), DocumentedLines.BuyFailedMaxim) { Reproducible = false },
    ];

    /// <summary>Whether a server that computes its lines can give this one (false for documentation errors).</summary>
    public bool Reproducible { get; init; } = true;

    public override string ToString() => Name;

    /// <summary>The WIB instant written at the end of <paramref name="line"/> (before any &amp;refid= tail).</summary>
    public static DateTimeOffset AtOf(string line)
    {
        var at = line.LastIndexOf('@');
        var end = line.IndexOf("&refid=", at, StringComparison.Ordinal);
        var text = end < 0 ? line[(at + 1)..] : line[(at + 1)..end];
        var local = DateTime.ParseExact(text, "HH:mm:ss.ffffff dd/MM/yyyy", CultureInfo.InvariantCulture);
        return new DateTimeOffset(local, TimeSpan.FromHours(7));
    }
}
