using System.Text;

namespace Klikoo.Tests.Infrastructure;

/// <summary>Builds IRS query strings; starts from the documentation's sample account and parameters.</summary>
public sealed class IrsQuery
{
    public const string ClientId = "c17229eb-3d2b-4576-8f5d-c2e716da764b";
    public const string ClientSecret = "gvxzqypljtoukfanckakaa9z0md4x5aj";
    public const string Pin = "123456";

    // The documented requests send idrs=%3CIDRS%3E, i.e. "<IDRS>".
    public const string Idrs = "<IDRS>";
    public const string SampleRefId = "b3e0f17a-453f-493c-862f-4cc6f651da52";

    private readonly List<KeyValuePair<string, string>> _parameters;

    private IrsQuery(List<KeyValuePair<string, string>> parameters) => _parameters = parameters;

    /// <summary>The documented sample request for <paramref name="productCode"/> to <paramref name="to"/>.</summary>
    public static IrsQuery Sample(string productCode, string to, string amount = "100000", string sellingPrice = "2000", string refId = SampleRefId) =>
        new(
        [
            new("client_id", ClientId), new("client_secret", ClientSecret), new("idrs", Idrs), new("pin", Pin),
            new("product_code", productCode), new("ref_id", refId), new("to", to), new("amount", amount),
            new("selling_price", sellingPrice),
        ]);

    /// <summary>A buy (or status check) with the documentation's sample account; buy has no selling_price (docs/klikoo-interface.md#endpoints).</summary>
    public static IrsQuery Buy(string productCode, string to, string refId, string amount = "") =>
        Sample(productCode, to, amount, refId: refId).Without("selling_price");

    /// <summary>The same request sent by another partner account.</summary>
    public IrsQuery As(string clientId, string clientSecret, string pin) =>
        With("client_id", clientId).With("client_secret", clientSecret).With("pin", pin);

    /// <summary>Replaces every value of <paramref name="name"/>.</summary>
    public IrsQuery With(string name, string value) => new([.. _parameters.Where(p => p.Key != name), new(name, value)]);

    /// <summary>Adds one more value for <paramref name="name"/> (a repeated key).</summary>
    public IrsQuery Add(string name, string value) => new([.. _parameters, new(name, value)]);

    public IrsQuery Without(string name) => new([.. _parameters.Where(p => p.Key != name)]);

    public IReadOnlyList<KeyValuePair<string, string>> Parameters => _parameters;

    /// <summary>The query string without the leading '?', values percent-encoded.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        foreach (var (key, value) in _parameters)
        {
            builder.Append(builder.Length == 0 ? "" : "&").Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
        }

        return builder.ToString();
    }

    public FormUrlEncodedContent ToForm() => new(_parameters);
}
