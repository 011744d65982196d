namespace Klikoo.Emulator.Products;

/// <summary>The destination rules products may name in <c>destination:</c>; each family has one of them as its own.</summary>
public static class DestinationRules
{
    /// <summary>The longest destination these rules accept; echoes of a refused <c>to</c> are cut at twice this.</summary>
    public const int MaxLength = 13;

    /// <summary>An Indonesian mobile number: <c>08</c> then 8 to 11 digits.</summary>
    public static DestinationRule Phone { get; } =
        new("phone", "08[0-9]{8,11}", "081234567890", "phone number", "08..., 10-13 digits");

    /// <summary>A PLN meter number (11 digits) or customer id (12 digits).</summary>
    public static DestinationRule PlnNumber { get; } =
        new("pln-number", "[0-9]{11,12}", "12345678901", "PLN meter number or customer id", "11-12 digits");

    /// <summary>A Maxim driver id: 5 to 12 digits.</summary>
    public static DestinationRule MaximDriver { get; } =
        new("maxim-driver", "[0-9]{5,12}", "12345678", "Maxim driver id", "5-12 digits");

    /// <summary>Every rule a product may name, in the order error messages list them.</summary>
    public static IReadOnlyList<DestinationRule> Named { get; } = [Phone, PlnNumber, MaximDriver];
}
