using System.Globalization;

namespace Klikoo.Testing;

/// <summary>A documented request, the instant it was answered, and Klikoo's documented reply.</summary>
public sealed record DocumentedSample(string Name, IrsQuery Query, DateTimeOffset At, string Line)
{
    /// <summary>SPEC A3's seven inquiry samples, each with the documentation's request parameters.</summary>
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
