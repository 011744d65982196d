using System.Globalization;

namespace Klikoo.Emulator.Tests.Products;

/// <summary>
/// A written-out destination pattern built from parts the test controls: an operator prefix (none, <c>08</c> and a
/// choice of two-digit codes, or a class), a digit count range, and an optional zone in brackets or after a space, as
/// Mobile Legends' (docs/fixtures.md#families); with destinations drawn to match it.
/// </summary>
internal sealed record WrittenPattern(string Text, string Example, string[] Heads, int MinDigits, int MaxDigits, Zone Zone, int ZoneMin, int ZoneMax)
{
    public static WrittenPattern Draw(Random random)
    {
        var (headPattern, heads) = random.Next(4) switch
        {
            0 => ("", [""]),
            1 => Codes(random),
            2 => ("08[1-9]", [.. Enumerable.Range(1, 9).Select(d => "08" + d.ToString(CultureInfo.InvariantCulture))]),
            _ => ("62", ["62"]),
        };
        var min = random.Next(4, 10);
        var max = min + random.Next(0, 4);
        var zone = (Zone)random.Next(4);
        var zoneMin = random.Next(3, 6);
        var zoneMax = zoneMin + random.Next(0, 2);
        var body = random.Next(3) == 0 ? $@"\d{{{min},{max}}}" : $"[0-9]{{{min},{max}}}";
        var zonePattern = zone switch
        {
            Zone.Brackets => $@"\([0-9]{{{zoneMin},{zoneMax}}}\)",
            Zone.Space => $" [0-9]{{{zoneMin},{zoneMax}}}",
            Zone.Either => $@"(\([0-9]{{{zoneMin},{zoneMax}}}\)| [0-9]{{{zoneMin},{zoneMax}}})",
            _ => "",
        };
        var text = headPattern + body + zonePattern;
        var anchored = random.Next(4) == 0 ? "^" + text + "$" : text;
        var pattern = new WrittenPattern(anchored, "", heads, min, max, zone, zoneMin, zoneMax);
        return pattern with { Example = pattern.Destination(random) };
    }

    /// <summary>A destination of this shape whose digits before the zone do not end like a magic destination (docs/fixtures.md#magic-destinations).</summary>
    public string Destination(Random random)
    {
        var body = Digits(random, random.Next(MinDigits, MaxDigits + 1));
        var zone = Digits(random, random.Next(ZoneMin, ZoneMax + 1));
        var bracket = Zone == Zone.Brackets || (Zone == Zone.Either && random.Next(2) == 0);
        return Heads[random.Next(Heads.Length)] + body + Zone switch
        {
            Zone.None => "",
            _ => bracket ? $"({zone})" : " " + zone,
        };
    }

    /// <summary><paramref name="count"/> digits, the last but one never 9, so none ends in 999x.</summary>
    public static string Digits(Random random, int count) =>
        string.Create(count, random, static (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)('0' + r.Next(i == span.Length - 2 ? 9 : 10));
            }
        });

    private static (string, string[]) Codes(Random random)
    {
        var codes = Enumerable.Range(0, random.Next(1, 5)).Select(_ => random.Next(10, 100).ToString(CultureInfo.InvariantCulture)).Distinct().ToArray();
        return ($"08({string.Join('|', codes)})", [.. codes.Select(c => "08" + c)]);
    }
}
