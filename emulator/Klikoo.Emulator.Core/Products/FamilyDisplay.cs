using System.Diagnostics;
using Klikoo.Emulator.Customers;

namespace Klikoo.Emulator.Products;

/// <summary>How each family shows a customer on an inquiry line (docs/klikoo-interface.md#inquiry-replies).</summary>
internal static class FamilyDisplay
{
    public static string? CustomerName(FamilyProfile family, Customer customer) => family.CustomerName switch
    {
        CustomerNameDisplay.None => null,

        // docs/klikoo-interface.md#inquiry-replies: OVO and Gopay mask the account name: "Customer Name" shows as "C**tomer Na**".
        CustomerNameDisplay.Masked => Mask(customer.Name),

        // docs/klikoo-interface.md#inquiry-replies: PLN shows the name as written, Dana after its prefix, "DNID nX".
        CustomerNameDisplay.Plain => customer.Name is null || family.NamePrefix.Length == 0 ? customer.Name : family.NamePrefix + customer.Name,
        _ => throw new UnreachableException($"no display for {family.CustomerName}"),
    };

    public static string? PowerCapacity(FamilyProfile family, Customer customer) =>
        family.PowerCapacity ? customer.PowerCapacity : null;

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
