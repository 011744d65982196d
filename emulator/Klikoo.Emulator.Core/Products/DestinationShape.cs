namespace Klikoo.Emulator.Products;

/// <summary>What a product's <c>to</c> must look like; anything else gets <c>No pelanggan salah</c> (docs/klikoo-interface.md#decisions).</summary>
public enum DestinationShape
{
    /// <summary>An Indonesian mobile number: <c>08</c> then 8 to 11 digits.</summary>
    Phone,

    /// <summary>A PLN meter number (11 digits) or customer id (12 digits).</summary>
    PlnNumber,

    /// <summary>A Maxim driver id: 5 to 12 digits.</summary>
    MaximDriver,
}

internal static class DestinationShapes
{
    public const int MaxLength = 13;

    public static bool Matches(this DestinationShape shape, ReadOnlySpan<char> destination)
    {
        // Only ASCII digits: char.IsDigit would let Arabic-Indic or full-width digits through.
        if (destination.IsEmpty || destination.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        return shape switch
        {
            DestinationShape.Phone => destination.Length is >= 10 and <= MaxLength && destination.StartsWith("08"),
            DestinationShape.PlnNumber => destination.Length is 11 or 12,
            DestinationShape.MaximDriver => destination.Length is >= 5 and <= 12,
            _ => false,
        };
    }

    public static DestinationShape DefaultFor(ProductFamily family) =>
        family == ProductFamily.Pln ? DestinationShape.PlnNumber : DestinationShape.Phone;
}
