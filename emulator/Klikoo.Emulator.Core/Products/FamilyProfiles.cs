namespace Klikoo.Emulator.Products;

/// <summary>
/// The families Klikoo sells over IRS/Otomax and the Open API, each with its own inquiry fields
/// (docs/klikoo-interface.md#inquiry-replies), SNs (docs/klikoo-interface.md#transaction-reports) and price list
/// category (docs/open-api.md#on-the-emulator). The only place in the code that names a family.
/// </summary>
public static class FamilyProfiles
{
    /// <summary>PLN prepaid electricity: the name as written and the power capacity; a token as SN.</summary>
    public static FamilyProfile Pln { get; } = new(
        "pln", "plnprepaid", DestinationRules.PlnNumber, CustomerNameDisplay.Plain, "", PowerCapacity: true,
        new SerialForm.PlnToken(), GeneratedName.UpperCaseFullName);

    /// <summary>OVO e-wallet top-up: the masked name ("Customer Name" shows as "C**tomer Na**").</summary>
    public static FamilyProfile Ovo { get; } = new(
        "ovo", "emoney", DestinationRules.Phone, CustomerNameDisplay.Masked, "", PowerCapacity: false,
        new SerialForm.Digits(16), GeneratedName.FullName);

    /// <summary>Gopay e-wallet top-up: the masked name.</summary>
    public static FamilyProfile Gopay { get; } = new(
        "gopay", "emoney", DestinationRules.Phone, CustomerNameDisplay.Masked, "", PowerCapacity: false,
        new SerialForm.Digits(16), GeneratedName.FullName);

    /// <summary>Dana e-wallet top-up, fixed and open denominations: Dana's short id name, "DNID nX".</summary>
    public static FamilyProfile Dana { get; } = new(
        "dana", "emoney", DestinationRules.Phone, CustomerNameDisplay.Plain, "DNID ", PowerCapacity: false,
        new SerialForm.Digits(16), GeneratedName.Initials);

    /// <summary>Maxim ride-hailing credit: no name; the Maxim sample's SN is a 7-digit number.</summary>
    public static FamilyProfile Maxim { get; } = new(
        "maxim", "maxim", DestinationRules.Phone, CustomerNameDisplay.None, "", PowerCapacity: false,
        new SerialForm.Digits(7), GeneratedName.None);

    /// <summary>The built-in families, in the order messages list them.</summary>
    public static FamilyTable BuiltIn { get; } = new([Pln, Ovo, Gopay, Dana, Maxim]);
}
