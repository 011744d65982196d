// The ceiling: the same framework with no work at all, answering a constant Klikoo line (PERF-BASELINE's first row).
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
const string Line = "R#OVO10. PRICE: 10100. CUSTNUM: 081000000001. CUSTNAME: C**tomer Na**. @10:59:32.076824 29/11/2024";
app.MapGet("/v1/irs/inquiry", () => Results.Text(Line, "text/plain; charset=utf-8"));
app.Run();
