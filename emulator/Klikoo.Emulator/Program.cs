// Commands other than serving (help, validate, export-wiremock, import-products, healthcheck); --port, --host and --fixtures.
var (exitCode, settings) = await CommandLine.RunAsync(args);
if (exitCode is { } code) return code;

var builder = WebApplication.CreateBuilder(settings);
builder.AddKlikooEmulator();        // every feature, listed once in KlikooEmulatorFeatures

if (!builder.TryBuildKlikooEmulator(out var app)) // a setting that cannot be read: one plain line, exit code 2
{
    return EmulatorRunExtensions.CannotStart;
}

app.MapKlikooEmulator();

// Invalid fixtures: exit code 1, every error as file:line:column; a port in use, a bad address or no fixtures
// folder: exit code 2 and one plain line naming the fix; else serve until stopped.
return await app.RunKlikooEmulatorAsync();

/// <summary>The emulator's entry point; public so WebApplicationFactory can host it in tests.</summary>
public partial class Program;
