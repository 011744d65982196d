using System.Text;

namespace Klikoo.Contracts.Otomax;

/// <summary>
/// An Otomax supplier URL template such as Klikoo's documented
/// <c>https://{url}/klikoo-b2b/v1/irs/inquiry?client_id=[user]&amp;client_secret=[pass]&amp;...</c>:
/// expands the bracket placeholders with each value percent-encoded, so a partner can test the exact template
/// they paste into Otomax.
/// </summary>
public sealed class OtomaxUrlTemplate
{
    /// <summary>Klikoo's documented inquiry template (docs/klikoo-interface.md#endpoints), with <c>{url}</c> for the host.</summary>
    public const string KlikooInquiry = "https://{url}/klikoo-b2b/v1/irs/inquiry?client_id=[user]&client_secret=[pass]&idrs=[idrs]&pin=[pin]&product_code=[product]&ref_id=[trxid]&to=[tujuan]&amount=[amount]&selling_price=[selling_price]";

    /// <summary>Klikoo's documented buy / check-status template (docs/klikoo-interface.md#endpoints), with <c>{url}</c> for the host.</summary>
    public const string KlikooBuy = "https://{url}/klikoo-b2b/v1/irs/buy?client_id=[user]&client_secret=[pass]&idrs=[idrs]&pin=[pin]&product_code=[product]&ref_id=[trxid]&to=[tujuan]&amount=[amount]";

    private static readonly string[] Names = ["user", "pass", "idrs", "pin", "product", "trxid", "tujuan", "amount", "selling_price"];

    // The template split at its placeholders: literal text, or the index into Names of a placeholder.
    private readonly (string? Literal, int Placeholder)[] _parts;

    /// <summary>Parses <paramref name="template"/>.</summary>
    /// <exception cref="FormatException">An unknown or unclosed <c>[placeholder]</c>, naming it and its position.</exception>
    public OtomaxUrlTemplate(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        Template = template;
        var parts = new List<(string?, int)>();
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('[', position);
            if (open < 0)
            {
                parts.Add((template[position..], -1));
                break;
            }

            var close = template.IndexOf(']', open);
            if (close < 0)
            {
                throw new FormatException($"Unclosed '[' at position {open} of the Otomax template.");
            }

            var name = template[(open + 1)..close];
            var index = Array.IndexOf(Names, name);
            if (index < 0)
            {
                throw new FormatException($"Unknown Otomax placeholder '[{name}]' at position {open}; known: {string.Join(", ", Names.Select(n => $"[{n}]"))}.");
            }

            if (open > position)
            {
                parts.Add((template[position..open], -1));
            }

            parts.Add((null, index));
            position = close + 1;
        }

        _parts = [.. parts];
    }

    /// <summary>The template as given.</summary>
    public string Template { get; }

    /// <summary>Replaces every placeholder with its value, percent-encoded (RFC 3986: <c>&amp;</c>, <c>=</c>, <c>+</c>, spaces and non-ASCII included).</summary>
    public string Expand(OtomaxValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var builder = new StringBuilder(Template.Length + 64);
        foreach (var (literal, placeholder) in _parts)
        {
            builder.Append(literal ?? Uri.EscapeDataString(ValueOf(values, placeholder) ?? ""));
        }

        return builder.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => Template;

    private static string? ValueOf(OtomaxValues values, int placeholder) => placeholder switch
    {
        0 => values.User,
        1 => values.Pass,
        2 => values.Idrs,
        3 => values.Pin,
        4 => values.Product,
        5 => values.TrxId,
        6 => values.Tujuan,
        7 => values.Amount,
        _ => values.SellingPrice,
    };
}
