using System.Text;
using System.Text.Encodings.Web;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Hosting;
using Klikoo.Emulator.Irs;
using Klikoo.Emulator.Products;

namespace Klikoo.Emulator.Welcome;

/// <summary>
/// What <c>GET /</c> tells a newcomer: the routes, the fixtures' client ids (never a secret or pin: only where they
/// are), an inquiry to try and where the dashboard and docs are. As plain text, or as HTML for a browser.
/// </summary>
internal sealed class WelcomePage
{
    /// <summary>At most this many client ids are listed; a fixture with thousands of clients stays a short page.</summary>
    public const int ClientsShown = 5;

    private const string Tagline = "Klikoo's IRS/Otomax interface, offline.";
    private const string RoutesNote = "GET or POST; each answers one R# line, HTTP 200 text/plain";
    private const string AdminNote = "loopback callers only unless Klikoo:Admin:Token is set";
    private const string ExampleNote = "put in the client_secret and pin";

    private static readonly (string Path, string Note)[] Docs =
        [("docs/otomax.md", "Otomax set-up"), ("docs/testing.md", "tests and CI"), ("docs/fixtures.md", "fixture files")];

    /// <summary>Where Klikoo's JSON Open API is served (also without <c>/klikoo-b2b</c>), docs/open-api.md.</summary>
    public const string OpenApiPrefix = "/klikoo-b2b/v1/open-api";

    private const string OpenApiNote = "JSON, signed as docs/open-api.md says";
    private const string CatalogueTitle = "Products by family";
    private const string CatalogueNote = "Open API category, product codes, a destination each accepts; docs/fixtures.md#families";

    private readonly string[] _clientIds;
    private readonly string[] _openApi;
    private readonly int _clientCount;
    private readonly string _clientsFile;
    private readonly string _example;
    private readonly IReadOnlyList<string> _catalogue;

    private WelcomePage(string[] clientIds, int clientCount, string clientsFile, string example, string[] openApi, IReadOnlyList<string> catalogue)
    {
        _catalogue = catalogue;
        _openApi = openApi;
        _clientIds = clientIds;
        _clientCount = clientCount;
        _clientsFile = clientsFile;
        _example = example;
    }

    /// <param name="catalog">The fixtures served.</param>
    /// <param name="openApi">The Open API's routes under <see cref="OpenApiPrefix"/>, each "METHOD /path".</param>
    public static WelcomePage For(FixtureCatalog catalog, IReadOnlyList<string> openApi)
    {
        var clientIds = catalog.Clients.Keys.Order(StringComparer.Ordinal).Take(ClientsShown).ToArray();
        var clientsFile = catalog.Files.FirstOrDefault(f => Path.GetFileNameWithoutExtension(f) == "clients") ?? "a clients: section";
        return new WelcomePage(clientIds, catalog.Clients.Count, clientsFile, Example(catalog, clientIds.FirstOrDefault()), [.. openApi], WelcomeCatalogue.Lines(catalog));
    }

    public string Text(string baseUrl)
    {
        var inquiry = $"{IrsPipeline.Prefixes[0]}/inquiry";
        var buy = $"{IrsPipeline.Prefixes[0]}/buy";
        var text = new StringBuilder()
            .Append($"Klikoo Emulator {EmulatorVersion.Text}: {Tagline}\n\n")
            .Append($"Routes ({RoutesNote}):\n")
            .Append($"  {inquiry,-28} also {IrsPipeline.Prefixes[1]}/inquiry\n")
            .Append($"  {buy,-28} also {IrsPipeline.Prefixes[1]}/buy (the same buy again checks its status)\n\n")
            .Append(OpenApiText())
            .Append($"{Accounts()}\n  {Secrets()}\n\n")
            .Append($"Try an inquiry ({ExampleNote}):\n  {baseUrl}{_example}\n\n")
            .Append(CatalogueText())
            .Append($"Admin ({AdminNote}):\n")
            .Append($"  Dashboard  {baseUrl}/__admin/ui (its journal says why a request was refused)\n")
            .Append($"  OpenAPI    {baseUrl}/__admin/openapi.json\n\n")
            .Append($"Docs in the repository: {string.Join(", ", Docs.Select(d => $"{d.Path} ({d.Note})"))}.\n");
        return text.ToString();
    }

    public string Html(string baseUrl)
    {
        static string E(string text) => HtmlEncoder.Default.Encode(text);
        static string Code(string text) => $"<code>{E(text)}</code>";
        var ids = string.Join(", ", _clientIds.Select(Code));
        var more = _clientCount > _clientIds.Length ? E($" and {_clientCount - _clientIds.Length} more") : "";
        var docs = string.Join(", ", Docs.Select(d => $"{Code(d.Path)} ({E(d.Note)})"));
        return $$"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Klikoo Emulator</title>
            <style>
              body { font: 15px/1.5 system-ui, sans-serif; color: #1d2330; max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; }
              h1 { font-size: 1.3rem; } h2 { font-size: 1.05rem; margin-top: 1.4rem; }
              code { font-family: ui-monospace, monospace; font-size: 13px; word-break: break-all; }
            </style>
            </head>
            <body>
            <h1>Klikoo Emulator {{E(EmulatorVersion.Text)}}</h1>
            <p>{{E(Tagline)}}</p>
            <h2>Routes</h2>
            <p>{{E(RoutesNote)}}.</p>
            <ul>
            <li>{{Code($"{IrsPipeline.Prefixes[0]}/inquiry")}}, also {{Code($"{IrsPipeline.Prefixes[1]}/inquiry")}}</li>
            <li>{{Code($"{IrsPipeline.Prefixes[0]}/buy")}}, also {{Code($"{IrsPipeline.Prefixes[1]}/buy")}} (the same buy again checks its status)</li>
            </ul>
            {{OpenApiHtml()}}
            <h2>{{(_clientIds.Length > 1 ? "Sample accounts" : "Sample account")}}</h2>
            <p>{{(_clientIds.Length == 0 ? E("No client in the fixtures yet.") : $"client_id {ids}{more}")}}</p>
            <p>{{E(Secrets())}}</p>
            <h2>Try an inquiry</h2>
            <p>{{E(char.ToUpperInvariant(ExampleNote[0]) + ExampleNote[1..])}}:</p>
            <p>{{Code(baseUrl + _example)}}</p>
            {{CatalogueHtml()}}
            <h2>Admin</h2>
            <p>{{E(char.ToUpperInvariant(AdminNote[0]) + AdminNote[1..])}}.</p>
            <ul>
            <li><a href="/__admin/ui">Dashboard</a>: its journal says why a request was refused</li>
            <li><a href="/__admin/openapi.json">OpenAPI document</a> of the admin API</li>
            </ul>
            <h2>Docs</h2>
            <p>In the repository: {{docs}}.</p>
            </body>
            </html>

            """;
    }

    private string OpenApiText() => _openApi.Length == 0
        ? ""
        : $"Open API ({OpenApiNote}), under {OpenApiPrefix} (also {OpenApiPrefix["/klikoo-b2b".Length..]}):\n" +
            string.Concat(_openApi.Select(route => $"  {route}\n")) + "\n";

    private string OpenApiHtml()
    {
        static string E(string text) => HtmlEncoder.Default.Encode(text);
        return _openApi.Length == 0
            ? ""
            : $"<h2>Open API</h2>\n<p>{E(char.ToUpperInvariant(OpenApiNote[0]) + OpenApiNote[1..])}, under <code>{E(OpenApiPrefix)}</code> " +
                $"(also <code>{E(OpenApiPrefix["/klikoo-b2b".Length..])}</code>):</p>\n<ul>\n" +
                string.Concat(_openApi.Select(route => $"<li><code>{E(route)}</code></li>\n")) + "</ul>";
    }

    private string CatalogueText() => _catalogue.Count == 0
        ? ""
        : $"{CatalogueTitle} ({CatalogueNote}):\n" + string.Concat(_catalogue.Select(line => $"  {line}\n")) + "\n";

    private string CatalogueHtml()
    {
        static string E(string text) => HtmlEncoder.Default.Encode(text);
        return _catalogue.Count == 0
            ? ""
            : $"<h2>{E(CatalogueTitle)}</h2>\n<p>{E(char.ToUpperInvariant(CatalogueNote[0]) + CatalogueNote[1..])}:</p>\n<ul>\n" +
                string.Concat(_catalogue.Select(line => $"<li>{E(line)}</li>\n")) + "</ul>";
    }

    private string Accounts() => _clientIds.Length switch
    {
        0 => "No client in the fixtures yet.",
        1 => $"Sample account: client_id {_clientIds[0]}",
        _ => $"Sample accounts: client_id {string.Join(", ", _clientIds)}" + (_clientCount > _clientIds.Length ? $" and {_clientCount - _clientIds.Length} more" : ""),
    };

    private string Secrets() =>
        _clientIds.Length switch
        {
            0 => $"Add one to the fixtures' clients file ({_clientsFile}).",
            1 => $"Its client_secret and pin are in the fixtures' clients file ({_clientsFile}); they are never shown here.",
            _ => $"Their client_secrets and pins are in the fixtures' clients file ({_clientsFile}); they are never shown here.",
        };

    // A request the emulator accepts once the secret and pin are put in: a real product, a destination of its shape.
    private static string Example(FixtureCatalog catalog, string? clientId)
    {
        var product = catalog.TryGetProduct("OVO10", out var ovo) ? ovo : catalog.Products.Values.MinBy(p => p.Code, StringComparer.Ordinal);
        var to = product?.Destination.Example ?? DestinationRules.Phone.Example;
        var amount = product?.Open is { } open ? $"&amount={open.MinAmount}" : "";
        return $"{IrsPipeline.Prefixes[0]}/inquiry?client_id={(clientId is null ? "<client_id>" : Uri.EscapeDataString(clientId))}" +
            $"&client_secret=<client_secret>&idrs=1&pin=<pin>&product_code={Uri.EscapeDataString(product?.Code ?? "<product_code>")}" +
            $"&ref_id=try-1&to={to}{amount}";
    }
}
