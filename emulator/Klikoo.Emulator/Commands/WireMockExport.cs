using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bogus;
using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Products;
using Klikoo.Emulator.Seeding;

namespace Klikoo.Emulator.Commands;

/// <summary>
/// <c>export-wiremock [folder] [--out dir] [--at time]</c>: writes the fixture customers' inquiry replies as WireMock.Net
/// mapping files, for teams that already run WireMock. A static mapping cannot compute, so each reply carries the
/// timestamp <c>--at</c> (default: now); open denominations, balances, buys and credential checks stay the emulator's.
/// </summary>
public static class WireMockExport
{
    public const string Name = "export-wiremock";
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static int Run(IReadOnlyList<string> arguments, TimeProvider clock, TextWriter output, TextWriter error)
    {
        string? folder = null;
        var outDir = "wiremock-mappings";
        var at = clock.GetUtcNow();
        for (var i = 0; i < arguments.Count; i++)
        {
            switch (arguments[i])
            {
                case "--out" when i + 1 < arguments.Count:
                    outDir = arguments[++i];
                    break;
                case "--at" when i + 1 < arguments.Count && DateTimeOffset.TryParse(arguments[i + 1], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed):
                    at = parsed;
                    i++;
                    break;
                case var value when !value.StartsWith('-') && folder is null:
                    folder = value;
                    break;
                default:
                    error.WriteLine("usage: export-wiremock [fixtures-folder] [--out <dir>] [--at <ISO 8601 time>]");
                    return 2;
            }
        }

        var source = FixturesFolder.Resolve(folder, Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        if (ValidateCommand.Check(source, output, error) is not { } catalog)
        {
            return 1;
        }

        Directory.CreateDirectory(outDir);
        var count = 0;
        foreach (var (product, customer, line) in Replies(catalog, at))
        {
            var mapping = Mapping(product.Code, customer.Destination, line.Format());
            File.WriteAllText(Path.Combine(outDir, $"klikoo-inquiry-{product.Code}-{customer.Destination}.json"), mapping.ToJsonString(Indented));
            count++;
        }

        output.WriteLine($"{count} WireMock mapping(s) written to {Path.GetFullPath(outDir)} (timestamps {KlikooTimestamp.Format(at)}).");
        return 0;
    }

    /// <summary>The inquiry reply for every fixture customer and every fixed-price product of its family.</summary>
    public static IEnumerable<(Product Product, Customer Customer, RLine Line)> Replies(FixtureCatalog catalog, DateTimeOffset at) =>
        from entry in catalog.Customers
        from product in catalog.Products.Values.Where(p => p.Family == entry.Family && p.Open is null && p.Destination.Matches(entry.Customer.Destination)).OrderBy(p => p.Code, StringComparer.Ordinal)
        select (product, entry.Customer, InquiryLines.Reply(product, product.Price, entry.Customer, entry.Customer.InquiryFailure, at));

    private static JsonObject Mapping(string productCode, string to, string body) => new()
    {
        // Derived from the request, so an export is the same every time (never a random id).
        ["Guid"] = new Randomizer(StableSeed.For(0, $"{productCode}|{to}", "wiremock")).Uuid().ToString(),
        ["Title"] = $"Klikoo inquiry {productCode} to {to}",
        ["Request"] = new JsonObject
        {
            ["Path"] = new JsonObject { ["Matchers"] = new JsonArray(Exact($"{IrsPipeline.Prefixes[0]}/inquiry", $"{IrsPipeline.Prefixes[1]}/inquiry")) },
            ["Methods"] = new JsonArray("GET", "POST"),
            ["Params"] = new JsonArray(Param(IrsFields.ProductCode, productCode), Param(IrsFields.To, to)),
        },
        ["Response"] = new JsonObject
        {
            ["StatusCode"] = 200,
            ["Headers"] = new JsonObject { ["Content-Type"] = KlikooReply.ContentType },
            ["Body"] = body,
        },
    };

    private static JsonObject Param(string name, string value) =>
        new() { ["Name"] = name, ["Matchers"] = new JsonArray(Exact(value)) };

    private static JsonObject Exact(params string[] patterns) =>
        new() { ["Name"] = "ExactMatcher", ["Patterns"] = new JsonArray([.. patterns.Select(p => (JsonNode)p)]) };
}
