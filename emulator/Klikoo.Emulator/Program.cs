using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Hosting;

// Commands beside serving: help, validate [folder] (every fixture error as file:line:column), export-wiremock, healthcheck [url].
if (CommandLine.WantsHelp(args))
{
    Console.WriteLine(CommandLine.Usage);
    return 0;
}

if (args is [ValidateCommand.Name, .. var folder])
{
    return ValidateCommand.Run(folder, Console.Out, Console.Error);
}

if (args is [WireMockExport.Name, .. var exportArguments])
{
    return WireMockExport.Run(exportArguments, TimeProvider.System, Console.Out, Console.Error);
}

if (args is [HealthCheckCommand.Name, .. var target])
{
    return await HealthCheckCommand.RunAsync(target);
}

string[] settings;
try
{
    settings = CommandLine.Normalize(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine($"{ex.Message}{Environment.NewLine}{Environment.NewLine}{CommandLine.Usage}");
    return 2;
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
