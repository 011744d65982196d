using Klikoo.Emulator.Hosting;

// Commands other than serving (help, validate, export-wiremock, healthcheck); --port, --host and --fixtures.
var (exitCode, settings) = await CommandLine.RunAsync(args);
if (exitCode is { } code)
{
    return code;
}

var builder = WebApplication.CreateBuilder(settings);
builder.AddKlikooEmulator();

// A setting that cannot be read ends it here, as one plain line (exit code 2).
if (!builder.TryBuildKlikooEmulator(out var app))
{
    return EmulatorRunExtensions.CannotStart;
}

// Inquiry, buy, the admin API and GET / (see EmulatorEndpoints).
app.MapKlikooEmulator();

// Fail fast on invalid fixtures with every error as file:line:column (exit code 1), on a port in use, a bad
// address or a missing fixtures folder with one plain line naming the fix (exit code 2); else serve until stopped.
return await app.RunKlikooEmulatorAsync();

/// <summary>The emulator's entry point; public so WebApplicationFactory can host it in tests.</summary>
public partial class Program;
