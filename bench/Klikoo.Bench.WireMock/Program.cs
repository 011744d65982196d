using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

// Usage: Klikoo.Bench.WireMock <port> [templated|constant]
// templated: the line built per request from the query and the clock, as a Klikoo mock must (Handlebars, default journal);
// constant:  a fixed body with the journal off, WireMock.Net's fastest configuration.
var port = int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture);
var templated = args.Length < 2 || args[1] == "templated";
var server = WireMockServer.Start(new WireMockServerSettings
{
    Port = port,
    StartAdminInterface = false,
    MaxRequestLogCount = templated ? null : 0,
});
var response = templated
    ? Response.Create().WithHeader("Content-Type", "text/plain; charset=utf-8")
        .WithBody("R#{{request.query.product_code}}. PRICE: 10100. CUSTNUM: {{request.query.to}}. CUSTNAME: C**tomer Na**. @{{DateTime.Now \"HH:mm:ss.ffffff dd/MM/yyyy\"}}")
        .WithTransformer()
    : Response.Create().WithHeader("Content-Type", "text/plain; charset=utf-8")
        .WithBody("R#OVO10. PRICE: 10100. CUSTNUM: 081000000001. CUSTNAME: C**tomer Na**. @10:59:32.076824 29/11/2024");
server.Given(Request.Create().WithPath("/v1/irs/inquiry").UsingGet()).RespondWith(response);
Console.WriteLine($"WireMock.Net listening on {server.Url} ({(templated ? "templated" : "constant")})");
var done = new ManualResetEventSlim();
AppDomain.CurrentDomain.ProcessExit += (_, _) => done.Set();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; done.Set(); };
done.Wait();
server.Stop();
