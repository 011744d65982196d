using System.Diagnostics;

namespace Klikoo.Emulator.ParserCheck;

/// <summary>
/// One reply the emulator writes for the loaded catalogue, with the values it put there as written on the line
/// (<c>null</c> where the line carries none), which a parser must read back exactly.
/// </summary>
/// <param name="Shape">What kind of reply it is, for whom: <c>pln PLN20 SUCCESS (buy, and the same buy sent again)</c>.</param>
/// <param name="Line">The reply as the emulator sends it.</param>
/// <param name="Sn">The SN or token.</param>
/// <param name="Price">The inquiry's PRICE or the report's deduction (with thousands dots, as written).</param>
/// <param name="Saldo">The balance after (with thousands dots, as written).</param>
public sealed record ReplySample(string Shape, string Line, string? Sn, string? Price, string? Saldo)
{
    public string? TrueValue(ParserField field) => field switch
    {
        ParserField.Sn => Sn,
        ParserField.Price => Price,
        ParserField.Saldo => Saldo,
        _ => throw new UnreachableException($"no value for {field}"),
    };
}
