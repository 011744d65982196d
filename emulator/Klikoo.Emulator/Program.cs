using Klikoo.Emulator.Hosting;

// Commands other than serving (help, validate, export-wiremock, healthcheck); --port, --host and --fixtures.
var (exitCode, settings) = await CommandLine.RunAsync(args);
if (exitCode is { } code)
{
    return code;
}

var builder = WebApplication.CreateBuilder(settings);
builder.AddKlikooEmulator();

var app = builder.Build();

// Inquiry, buy and the admin API (see EmulatorEndpoints).
app.MapKlikooEmulator();

// Fail fast on invalid fixtures with every error as file:line:column (exit code 1), else serve until stopped.
return await app.RunKlikooEmulatorAsync();

/// <summary>The emulator's entry point; public so WebApplicationFactory can host it in tests.</summary>
public partial class Program;
