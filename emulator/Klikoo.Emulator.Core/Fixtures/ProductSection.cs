using Klikoo.Emulator.Products;
using YamlDotNet.RepresentationModel;

namespace Klikoo.Emulator.Fixtures;

/// <summary>Reads <c>products:</c> entries of the product catalogue.</summary>
internal static class ProductSection
{
    public const string Key = "products";
    private const int MaxCodeLength = 20;
    private const int MaxNameLength = 100;

    public static Located<Product>? Read(FixtureReadContext context, YamlNode node)
    {
        var fields = YamlFields.Open(context, node, "a product", "code", "family", "price", "denomination", "open", "destination", "name", "description");
        if (fields is null)
        {
            return null;
        }

        var code = fields.String("code", required: true, rejectBareNumbers: true);
        if (code is not null && !IsProductCode(code))
        {
            context.Error(fields.Get("code")!, $"'code' must be 1 to {MaxCodeLength} upper-case letters, digits or '_', not '{code}'");
            code = null;
        }

        var family = fields.Named("family", required: true, name => context.Families.TryGet(name, out var f) ? f : null, context.Families.Names);
        var destination = fields.Get("destination") is { } destinationNode ? DestinationSection.Read(context, destinationNode, code ?? "product") : null;
        var name = fields.Line("name", 1, MaxNameLength);

        var denomination = fields.Long("denomination", required: false, min: 1, max: FixtureLimits.MaxRupiah);
        var open = ReadOpen(context, fields.Get("open"));
        long? price;
        if (fields.Get("open") is null)
        {
            price = fields.Long("price", required: true, min: 1, max: FixtureLimits.MaxRupiah);
        }
        else
        {
            price = 0;
            if (fields.Get("price") is { } priceNode)
            {
                context.Error(priceNode, "an open-denomination product has no fixed 'price': it costs amount + open.fee");
            }
        }

        if (family?.Postpaid is not null && fields.Get("open") is { } openNode)
        {
            context.Error(openNode, $"a product of the postpaid family '{family.Name}' has no 'open': it is paid at its bill's total plus its price, the admin fee per period");
            return null;
        }

        if (code is null || family is null || price is null || (fields.Get("open") is not null && open is null) ||
            (fields.Get("destination") is not null && destination is null) || (fields.Get("name") is not null && name is null))
        {
            return null;
        }

        var product = new Product(code, family, price.Value, open, destination ?? family.Destination, denomination, name);
        return new Located<Product>(product, context, node);
    }

    private static OpenDenomination? ReadOpen(FixtureReadContext context, YamlNode? node)
    {
        if (node is null || YamlFields.Open(context, node, "'open'", "fee", "min", "max") is not { } fields)
        {
            return null;
        }

        var fee = fields.Long("fee", required: true, min: 0, max: FixtureLimits.MaxRupiah);
        var min = fields.Long("min", required: true, min: 1, max: FixtureLimits.MaxRupiah);
        var max = fields.Long("max", required: true, min: 1, max: FixtureLimits.MaxRupiah);
        if (min is not null && max is not null && min > max)
        {
            context.Error(fields.Get("min")!, $"open.min ({min}) is greater than open.max ({max})");
            return null;
        }

        return fee is null || min is null || max is null ? null : new OpenDenomination(fee.Value, min.Value, max.Value);
    }

    internal static bool IsProductCode(ReadOnlySpan<char> code) =>
        code.Length is > 0 and <= MaxCodeLength && !code.ContainsAnyExcept(ProductCodeChars);

    private static readonly System.Buffers.SearchValues<char> ProductCodeChars =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");
}
