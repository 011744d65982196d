using Klikoo.Emulator.Customers;

namespace Klikoo.Emulator.Products;

/// <summary>How each family shows a customer on an inquiry line (docs/klikoo-interface.md#inquiry-replies).</summary>
internal static class FamilyDisplay
{
    private const string DanaPrefix = "DNID ";

    public static string? CustomerName(ProductFamily family, Customer customer) => family switch
    {
        ProductFamily.Pln => customer.Name,

        // docs/klikoo-interface.md#inquiry-replies: OVO and Gopay mask the account name: "Customer Name" shows as "C**tomer Na**".
        ProductFamily.Ovo or ProductFamily.Gopay => Mask(customer.Name),

        // docs/klikoo-interface.md#inquiry-replies: Dana shows its short account id name, "DNID nX".
        ProductFamily.Dana => customer.Name is null ? null : DanaPrefix + customer.Name,
        _ => null,
    };

    public static string? PowerCapacity(ProductFamily family, Customer customer) =>
        family == ProductFamily.Pln ? customer.PowerCapacity : null;

    /// <summary>Keeps the first character, hides the next two and the last two: <c>C**tomer Na**</c>.</summary>
    public static string? Mask(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return name;
        }

        if (name.Length < 6)
        {
            return string.Create(name.Length, name, static (span, source) =>
            {
                span.Fill('*');
                span[0] = source[0];
            });
        }

        return string.Create(name.Length, name, static (span, source) =>
        {
            source.AsSpan().CopyTo(span);
            span[1..3].Fill('*');
            span[^2..].Fill('*');
        });
    }
}
