namespace Klikoo.Emulator.Products;

/// <summary>One product of the catalogue fixture.</summary>
/// <param name="Code">Klikoo's product code, as written in every line (<c>PLN20</c>).</param>
/// <param name="Family">Decides which inquiry fields appear, how names show, the SN and the Open API category.</param>
/// <param name="Price">What a fixed denomination costs the partner; ignored for open denominations.</param>
/// <param name="Open">Set for open denominations (price = amount + fee).</param>
/// <param name="Destination">The rule <c>to</c> must follow: the family's, unless the product names another.</param>
/// <param name="Denomination">The face value (PLN token rupiah), when it differs from the price.</param>
/// <param name="Name">The name the Open API shows (<c>Tsel Data 5GB 30 Hari</c>); when not given, made from the family's title and the face value.</param>
public sealed record Product(
    string Code,
    FamilyProfile Family,
    long Price,
    OpenDenomination? Open,
    DestinationRule Destination,
    long? Denomination,
    string? Name = null)
{
    /// <summary>The price for <paramref name="amount"/>: the fixed price, or amount + fee for an open denomination.</summary>
    public long PriceFor(long? amount) => Open is null ? Price : (amount ?? 0) + Open.Fee;
}
