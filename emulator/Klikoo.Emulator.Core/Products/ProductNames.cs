using System.Globalization;

namespace Klikoo.Emulator.Products;

/// <summary>
/// The product name the Open API shows (docs/open-api.md#assumed-not-documented-by-klikoo): the product's own
/// <c>name</c> when the fixture gives one, else the family's title and the face
/// value with dots, as in Klikoo's sample <c>DANA 10.000</c>. The face value is the denomination, the amount of an
/// open denomination, or the code's trailing number in thousands (<c>OVO10</c> → <c>OVO 10.000</c>); a code with no
/// number keeps its code.
/// </summary>
internal static class ProductNames
{
    private static readonly NumberFormatInfo Dots = new() { NumberGroupSeparator = ".", NumberGroupSizes = [3] };

    public static string Of(Product product, long? amount = null)
    {
        if (product.Name is { } name)
        {
            return name;
        }

        var family = product.Family.Title;
        var value = product.Open is not null ? amount : product.Denomination ?? TrailingThousands(product.Code);
        return value is { } face ? family + " " + face.ToString("#,0", Dots) : product.Code;
    }

    private static long? TrailingThousands(string code)
    {
        var start = code.Length;
        while (start > 0 && char.IsAsciiDigit(code[start - 1]))
        {
            start--;
        }

        var digits = code.Length - start;
        if (digits == 0 || digits > 9)
        {
            return null;
        }

        var number = long.Parse(code.AsSpan(start), CultureInfo.InvariantCulture);
        return number >= 1000 ? number : number * 1000;
    }
}
