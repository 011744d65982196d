using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Klikoo.Emulator.Commands;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Products;

namespace Klikoo.Emulator.Tests.Commands;

/// <summary>
/// Thousands of generated price lists, hostile text included, some of them cut or garbled: the import either writes
/// a file the emulator's checks accept, holding exactly the products it reports, or refuses with located errors and
/// writes nothing. Never an exception.
/// </summary>
public sealed partial class ImportProductsGeneratedTests
{
    private static readonly string[] Codes = ["OVO", "GOPAY", "DN", "DANA", "PLN", "MAX", "TSEL", "ISAT", "XL", "AXIS", "TRI", "SF", "XLD", "ML", "FF", "P", "_"];

    // Codes YAML would read as a boolean, null or a number if they were written unquoted.
    private static readonly string[] PlainWordCodes = ["Y", "N", "NO", "ON", "OFF", "NULL", "TRUE", "FALSE", "123", "0", "1E5", "0X1F", "_1"];
    private static readonly string[] Categories = ["emoney", "plnprepaid", "maxim", "pulsa", "data", "games", "pdam", "EMONEY", "", "bpjs"];
    private static readonly string[] Hostile = ["\"", "'", ":", ": ", "#", " #", "{", "}", "[", "]", ",", "\n", "\r\n", "\t", "\u0085", "\u2028", "\u2029", "\uFEFF", "\0", "\\", "---", "...", "&a", "*a", "!tag", "%", "@", "`", "|", ">", "☀", "é", "𝄞", "\uD800", "Tsel", "axis", "dana", "  ", "-", "?"];

    // The families the import may write: the standard ones, which every fixtures folder knows.
    private static readonly FamilyTable Families = StandardFamilies.Table;

    [Test]
    public void Run_GeneratedPriceLists_ValidFixtureOrLocatedRefusal()
    {
        using var folder = new TemporaryFixtures();
        var input = Path.Combine(folder.Path, "list.json");
        var output = Path.Combine(folder.Path, "products.yaml");
        var shipped = FixtureLoader.Load(RepositoryPaths.Fixtures);
        var outcomes = new int[2];
        for (var seed = 0; seed < 3000; seed++)
        {
            var random = new Random(seed);
            var (json, prices) = PriceList(random);
            File.WriteAllBytes(input, random.Next(4) == 0 ? Garble(json, random) : json);
            File.Delete(output);
            var stdout = new StringWriter();
            var stderr = new StringWriter();

            var code = ImportProductsCommand.Run([input, "--out", output], stdout, stderr);

            var context = $"seed {seed}: {stderr}";
            code.Should().BeOneOf([0, 1], context);
            outcomes[code]++;
            Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName).Order()
                .Should().Equal(code == 0 ? ["list.json", "products.yaml"] : ["list.json"], context);
            foreach (var line in stderr.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries))
            {
                line.Should().MatchRegex(LocatedOrSummary(), context);
            }

            if (code == 0)
            {
                var yaml = new FixtureFile("products.yaml", File.ReadAllText(output));
                var result = FixtureValidator.Validate([.. shipped, yaml], Families);
                result.Errors.Should().BeEmpty(context + yaml.Text);
                var imported = result.Catalog!.Products.Values.Where(p => prices.ContainsKey(p.Code)).ToList();
                imported.Should().AllSatisfy(p => p.Price.Should().Be(prices[p.Code], context));
                stdout.ToString().Should().StartWith($"{imported.Count} product(s) written to ", context);
            }
        }

        outcomes.Should().AllSatisfy(n => n.Should().BeGreaterThan(500), "both outcomes are exercised");
    }

    // A price list as a client saves it: one body or an array of pages, products of every kind and some wrong ones.
    private static (byte[] Json, Dictionary<string, long> Prices) PriceList(Random random)
    {
        var prices = new Dictionary<string, long>(StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = random.Next(2) == 0, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var pages = random.Next(3);
            if (pages > 0)
            {
                json.WriteStartArray();
            }

            for (var page = 0; page < Math.Max(1, pages); page++)
            {
                json.WriteStartObject();
                json.WriteString("response_code", random.Next(40) == 0 ? "401016500" : "200042000");
                json.WriteString("response_message", Text(random, 3));
                json.WriteStartArray("data");
                for (var i = random.Next(8); i > 0; i--)
                {
                    Product(json, random, prices);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            if (pages > 0)
            {
                json.WriteEndArray();
            }
        }

        return (buffer.ToArray(), prices);
    }

    private static void Product(Utf8JsonWriter json, Random random, Dictionary<string, long> prices)
    {
        // The "G" keeps generated codes apart from the shipped catalogue's, so the file validates beside it.
        var code = random.Next(10) switch
        {
            0 => Text(random, 2),
            1 => PlainWordCodes[random.Next(PlainWordCodes.Length)],
            _ => Codes[random.Next(Codes.Length)] + random.Next(0, 2000) + "G",
        };
        var price = random.Next(60) == 0 ? random.NextInt64(-5, long.MaxValue) : random.NextInt64(1, 2_000_000);
        json.WriteStartObject();
        json.WriteString("code", code);
        json.WriteString("name", Text(random, 6));
        json.WriteString("category", Categories[random.Next(Categories.Length)]);
        json.WriteBoolean("enable", random.Next(8) != 0);
        switch (random.Next(40))
        {
            case 0: json.WriteString("agent_price", price + Text(random, 1)); break;
            case 1: json.WriteNumber("agent_price", price + 0.5); break;
            case < 14: json.WriteNumber("agent_price", price); break;
            case < 27: json.WriteString("agent_price", price.ToString("#,0", new System.Globalization.NumberFormatInfo { NumberGroupSeparator = "." })); break;
            default: json.WriteString("agent_price", price.ToString(System.Globalization.CultureInfo.InvariantCulture)); break;
        }

        json.WriteString("updated_at", "2024-11-12T05:32:55Z");
        json.WriteEndObject();
        prices[code] = price;
    }

    private static string Text(Random random, int parts)
    {
        var text = new StringBuilder();
        for (var i = random.Next(parts + 1); i > 0; i--)
        {
            text.Append(random.Next(3) == 0 ? Hostile[random.Next(Hostile.Length)] : (char)random.Next('A', 'z' + 1));
        }

        return text.ToString();
    }

    // A saved file a tool or a hand cut short or touched: truncated, a byte changed, a byte inserted.
    private static byte[] Garble(byte[] json, Random random)
    {
        var at = random.Next(json.Length);
        return random.Next(3) switch
        {
            0 => json[..at],
            1 => [.. json[..at], (byte)random.Next(256), .. json[(at + 1)..]],
            _ => [.. json[..at], (byte)"{}[],:\"0 \\"[random.Next(10)], .. json[at..]],
        };
    }

    [GeneratedRegex(@"^(/[^:]+/list\.json:\d+:\d+: .+|\d+ error\(s\) in .+; nothing written\.|\.\.\. and \d+ more\.|nothing written: none of the \d+ product\(s\) in .+ could be imported\.)$")]
    private static partial Regex LocatedOrSummary();
}
