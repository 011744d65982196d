namespace Klikoo.Emulator.ParserCheck;

/// <summary>
/// A value an Otomax supplier terminal reads from Klikoo's replies with a regular expression, by its .NET named group
/// (docs/otomax.md#check-your-parser).
/// </summary>
public enum ParserField
{
    /// <summary><c>sn</c>: the SN or PLN token of a SUCCESS line.</summary>
    Sn,

    /// <summary><c>price</c>: an inquiry's <c>PRICE</c>, a final report's deduction in <c>SISA SALDO</c>.</summary>
    Price,

    /// <summary><c>saldo</c>: a final report's balance after, in <c>SISA SALDO</c>.</summary>
    Saldo,
}
