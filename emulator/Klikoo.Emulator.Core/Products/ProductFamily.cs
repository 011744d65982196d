namespace Klikoo.Emulator.Products;

/// <summary>The product families Klikoo sells over IRS/Otomax; each has its own inquiry fields (docs/klikoo-interface.md#inquiry-replies).</summary>
public enum ProductFamily
{
    /// <summary>PLN prepaid electricity: customer name and power capacity.</summary>
    Pln,

    /// <summary>OVO e-wallet top-up: masked name.</summary>
    Ovo,

    /// <summary>Gopay e-wallet top-up: masked name.</summary>
    Gopay,

    /// <summary>Dana e-wallet top-up, fixed and open denominations: Dana's short name (<c>DNID nX</c>).</summary>
    Dana,

    /// <summary>Maxim ride-hailing credit: no name.</summary>
    Maxim,
}
