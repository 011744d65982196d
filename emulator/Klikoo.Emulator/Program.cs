// Commands other than serving (help, validate, export-wiremock, healthcheck); --port, --host and --fixtures.
var (exitCode, settings) = await CommandLine.RunAsync(args);
if (exitCode is { } code) return code;

var builder = WebApplication.CreateBuilder(settings);
builder.AddEmulatorHosting();   // shipped settings, secret-free framework logs, Kestrel limits, the default address
builder.AddSharedState();       // in memory, or Redis shared by replicas (Klikoo:State:Redis, --redis)
builder.AddClock();             // system, frozen (Klikoo:Clock:Fixed) or a test's fake; moved through /__admin/clock
builder.AddFixtures();          // fixture files: loaded, validated, watched
builder.AddCustomers();         // named and seeded fake customers
builder.AddInquiry();           // Inquiry Prepaid
builder.AddTransactions();      // buy, re-check, balances
builder.AddScenarios();         // outcome rules and admin overrides
builder.AddCallbacks();         // reports to partners' callback URLs
builder.AddKlikooOpenApi();     // Klikoo's JSON Open API: tokens, signatures, balance
builder.AddJournal();           // recent requests, secrets masked
builder.AddAdmin();             // the admin API: access rule, OpenAPI document, reset

if (!builder.TryBuildKlikooEmulator(out var app)) // a setting that cannot be read: one plain line, exit code 2
{
    return EmulatorRunExtensions.CannotStart;
}

app.UseAdminAccess();
app.MapInquiry();               // /klikoo-b2b/v1/irs/inquiry and /v1/irs/inquiry
app.MapTransactions();          // /klikoo-b2b/v1/irs/buy and /v1/irs/buy; /__admin/transactions
app.MapKlikooOpenApi();         // /klikoo-b2b/v1/open-api/... and /v1/open-api/...
app.MapClock();                 // /__admin/clock
app.MapFixtures();              // /__admin/fixtures
app.MapScenarios();             // /__admin/overrides
app.MapCallbacks();             // /__admin/callbacks
app.MapJournal();               // /__admin/journal
app.MapAdmin();                 // /__admin/health, /reset, /ui (dashboard), /openapi.json
app.MapWelcome();               // GET / and a 404 that points there

// Invalid fixtures: exit code 1, every error as file:line:column; a port in use, a bad address or no fixtures
// folder: exit code 2 and one plain line naming the fix; else serve until stopped.
return await app.RunKlikooEmulatorAsync();

/// <summary>The emulator's entry point; public so WebApplicationFactory can host it in tests.</summary>
public partial class Program;
