using System.Diagnostics.CodeAnalysis;

namespace Klikoo.Contracts.Lines;

/// <summary>
/// A successful prepaid inquiry (docs/klikoo-interface.md#inquiry-replies):
/// <c>R#PLN20. PRICE: 20546. CUSTNUM: 01105691111. CUSTNAME: BAHARRUDIN1. POWERCAPACITY: R1/2200VA. @12:32:55.821005 12/11/2024</c>.
/// Which optional fields appear depends on the product family: PLN has name and power capacity, e-wallets a
/// (masked) name, Maxim, pulsa and game vouchers may have neither (docs/klikoo-interface.md#destinations-serial-numbers-and-names).
/// </summary>
/// <param name="ProductCode">Klikoo product code, e.g. <c>PLN20</c>.</param>
/// <param name="Price">What the partner pays, in rupiah, written without thousands dots.</param>
/// <param name="CustomerNumber">The destination the inquiry was for (<c>CUSTNUM</c>), as sent; a game id may hold its zone in brackets or after a space.</param>
/// <param name="CustomerName">The name as Klikoo shows it (it may hold dots and end in one: <c>O'Brien, S.Kom.</c>), or <see langword="null"/> when the family has none.</param>
/// <param name="PowerCapacity">PLN tariff and power (<c>R1/2200VA</c>), or <see langword="null"/>.</param>
/// <param name="Timestamp">When the reply was written.</param>
public sealed record InquirySuccessLine(
    string ProductCode,
    long Price,
    string CustomerNumber,
    string? CustomerName,
    string? PowerCapacity,
    DateTimeOffset Timestamp) : RLine
{
    internal const string PriceMarker = ". PRICE: ";
    private const string CustomerNumberMarker = ". CUSTNUM: ";
    private const string CustomerNameMarker = ". CUSTNAME: ";
    private const string PowerCapacityMarker = ". POWERCAPACITY: ";
    private const string TimestampMarker = ". @";

    /// <inheritdoc />
    public override DateTimeOffset Timestamp { get; } = Timestamp;

    /// <summary>Parses an inquiry success line.</summary>
    /// <exception cref="FormatException">The text is not an inquiry success line.</exception>
    public static new InquirySuccessLine Parse(string line) => Parse<InquirySuccessLine>(line);

    /// <summary>Parses a line of this shape, returning <see langword="false"/> for any other text.</summary>
    public static bool TryParse([NotNullWhen(true)] string? line, [NotNullWhen(true)] out InquirySuccessLine? result) =>
        TryParse<InquirySuccessLine>(line, out result);

    /// <inheritdoc />
    public override void WriteTo(ref RLineFormatter formatter)
    {
        formatter.Literal(Prefix);
        formatter.Value(ProductCode);
        formatter.Literal(PriceMarker);
        formatter.Number(Price);
        formatter.Literal(CustomerNumberMarker);
        formatter.Value(CustomerNumber);
        if (CustomerName is not null)
        {
            formatter.Literal(CustomerNameMarker);
            formatter.Value(CustomerName);
        }

        if (PowerCapacity is not null)
        {
            formatter.Literal(PowerCapacityMarker);
            formatter.Value(PowerCapacity);
        }

        formatter.Literal(TimestampMarker);
        formatter.Timestamp(Timestamp);
    }

    internal static InquirySuccessLine Read(ref RLineReader reader)
    {
        var productCode = reader.ReadUntil(PriceMarker, "PRODUCT_CODE");
        var price = reader.ReadNumber(CustomerNumberMarker, "PRICE");

        // The rest is CUSTNUM[. CUSTNAME: x][. POWERCAPACITY: y]. @timestamp; the name may hold dots.
        var fields = reader.ReadUntilLast(TimestampMarker, "CUSTNUM");
        var timestamp = reader.ReadTimestamp();
        reader.ExpectEnd("CURRENT_TIMESTAMP");

        string? powerCapacity = null;
        var power = fields.LastIndexOf(PowerCapacityMarker, StringComparison.Ordinal);
        if (power >= 0)
        {
            powerCapacity = fields[(power + PowerCapacityMarker.Length)..];
            fields = fields[..power];
        }

        string? customerName = null;
        var name = fields.IndexOf(CustomerNameMarker, StringComparison.Ordinal);
        if (name >= 0)
        {
            customerName = fields[(name + CustomerNameMarker.Length)..];
            fields = fields[..name];
        }

        return new InquirySuccessLine(productCode, price, fields, customerName, powerCapacity, timestamp);
    }
}
