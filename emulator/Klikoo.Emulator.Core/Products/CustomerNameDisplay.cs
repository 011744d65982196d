namespace Klikoo.Emulator.Products;

/// <summary>How an inquiry line shows the customer's account name (docs/klikoo-interface.md#inquiry-replies).</summary>
public enum CustomerNameDisplay
{
    /// <summary>No name: Maxim's line has no CUSTNAME.</summary>
    None,

    /// <summary>The first character, two hidden, the middle, the last two hidden: <c>C**tomer Na**</c> (OVO, Gopay).</summary>
    Masked,

    /// <summary>As written, after the family's name prefix (PLN; Dana with <c>DNID </c>).</summary>
    Plain,
}
