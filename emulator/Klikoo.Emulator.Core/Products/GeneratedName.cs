namespace Klikoo.Emulator.Products;

/// <summary>The name a generated customer gets (docs/klikoo-interface.md#decisions), from one drawn first and last name.</summary>
public enum GeneratedName
{
    /// <summary>No name (Maxim).</summary>
    None,

    /// <summary>First and last name: <c>Budi Santoso</c> (OVO, Gopay).</summary>
    FullName,

    /// <summary>First and last name in capitals, as PLN prints them: <c>BUDI SANTOSO</c>.</summary>
    UpperCaseFullName,

    /// <summary>Lower-case first initial, upper-case last: <c>bS</c>, Dana's short id name.</summary>
    Initials,
}
