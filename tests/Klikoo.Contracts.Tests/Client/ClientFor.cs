using System.Globalization;
using Klikoo.Contracts.Client;
using Klikoo.Tests.Infrastructure;

namespace Klikoo.Contracts.Tests.Client;

/// <summary>Reference-client set-up shared by the contract tests: the documentation's sample account.</summary>
internal static class ClientFor
{
    public static KlikooIrsClient Create(HttpClient http, KlikooRequestStyle style = KlikooRequestStyle.Get) =>
        new(http, Options(style));

    public static KlikooClientOptions Options(KlikooRequestStyle style = KlikooRequestStyle.Get, TimeSpan? timeout = null) => new()
    {
        ClientId = IrsQuery.ClientId,
        ClientSecret = IrsQuery.ClientSecret,
        Pin = IrsQuery.Pin,
        Idrs = IrsQuery.Idrs,
        RequestStyle = style,
        Timeout = timeout ?? TimeSpan.FromSeconds(30),
    };

    public static InquiryRequest Inquiry(IrsQuery query) =>
        new(Value(query, "product_code")!, Value(query, "ref_id")!, Value(query, "to")!, Number(Value(query, "amount")), Number(Value(query, "selling_price")));

    public static BuyRequest Buy(IrsQuery query) =>
        new(Value(query, "product_code")!, Value(query, "ref_id")!, Value(query, "to")!, Number(Value(query, "amount")));

    private static string? Value(IrsQuery query, string name) => query.Parameters.LastOrDefault(p => p.Key == name).Value;

    private static long? Number(string? text) => string.IsNullOrEmpty(text) ? null : long.Parse(text, CultureInfo.InvariantCulture);
}
