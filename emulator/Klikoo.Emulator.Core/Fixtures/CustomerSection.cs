using Klikoo.Emulator.Customers;
using Klikoo.Emulator.Products;
using YamlDotNet.RepresentationModel;

namespace Klikoo.Emulator.Fixtures;

/// <summary>Reads <c>customers:</c> entries: known destinations and how inquiries show them.</summary>
internal static class CustomerSection
{
    public const string Key = "customers";

    public static IEnumerable<Located<(FamilyProfile Family, Customer Customer)>> Read(FixtureReadContext context, YamlNode node)
    {
        var fields = YamlFields.Open(context, node, "a customer", "to", "family", "name", "power", "failure");
        if (fields is null)
        {
            return [];
        }

        var to = fields.String("to", required: true);
        var name = fields.String("name", required: false, rejectBareNumbers: true);
        var power = fields.String("power", required: false);
        var failure = fields.String("failure", required: false, rejectBareNumbers: true);
        if (power is not null && !IsPowerCapacity(power))
        {
            context.Error(fields.Get("power")!, $"'power' must look like R1/2200VA (tariff/power VA), not '{power}'");
        }

        if (name is null && failure is null)
        {
            context.Error(node, "a customer needs a 'name' or a 'failure'");
        }

        var families = new List<Located<(FamilyProfile, Customer)>>();
        foreach (var (text, familyNode) in fields.OneOrMany("family", required: true))
        {
            if (!context.Families.TryGet(text, out var family))
            {
                context.Error(familyNode, $"'family' must be one of {context.Families.Names}, not '{text}'");
                continue;
            }

            if (power is not null && !family.PowerCapacity)
            {
                var powered = string.Join(", ", context.Families.All.Where(f => f.PowerCapacity).Select(f => f.Name));
                context.Error(fields.Get("power")!, $"'power' applies to {powered} customers only, not {family.Name}");
            }

            if (to is not null)
            {
                families.Add(new((family, new Customer(to, name, power, failure)), context, fields.Get("to")!));
            }
        }

        return families;
    }

    private static readonly System.Buffers.SearchValues<char> TariffChars =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    private static bool IsPowerCapacity(string value)
    {
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && value.EndsWith("VA", StringComparison.Ordinal) &&
               !value.AsSpan(0, slash).ContainsAnyExcept(TariffChars) &&
               value.Length - slash - 3 > 0 && !value.AsSpan(slash + 1, value.Length - slash - 3).ContainsAnyExceptInRange('0', '9');
    }
}
