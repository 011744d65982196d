namespace Klikoo.Emulator.Products;

/// <summary>
/// Everything that differs between product families, as data: one <c>families:</c> entry of a fixture file
/// (docs/fixtures.md#families), looked up by <see cref="Name"/> in a <see cref="FamilyTable"/>.
/// </summary>
/// <param name="Name">What products and customers name in <c>family:</c> (lower case, kebab-case).</param>
/// <param name="Category">The Open API price list's category (docs/open-api.md#on-the-emulator).</param>
/// <param name="Destination">What <c>to</c> must look like unless a product names another rule.</param>
/// <param name="CustomerName">How an inquiry line shows the account name (docs/klikoo-interface.md#inquiry-replies).</param>
/// <param name="NamePrefix">Written before a shown name (Dana's <c>DNID </c>); empty for none.</param>
/// <param name="PowerCapacity">Whether inquiries show, fixture customers may set and generated customers get a PLN tariff and power.</param>
/// <param name="Serial">How a generated SN looks.</param>
/// <param name="Generated">What name a generated customer gets.</param>
/// <param name="Title">Starts the Open API's product names (<c>OVO</c> in <c>OVO 10.000</c>).</param>
/// <param name="Postpaid">Set for a postpaid family: its bills' kind, admin fee and period cap.</param>
public sealed record FamilyProfile(
    string Name,
    string Category,
    DestinationRule Destination,
    CustomerNameDisplay CustomerName,
    string NamePrefix,
    bool PowerCapacity,
    SerialForm Serial,
    GeneratedName Generated,
    string Title,
    PostpaidProfile? Postpaid = null);
