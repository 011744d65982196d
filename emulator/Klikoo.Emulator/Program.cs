using Klikoo.Emulator.Admin;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Hosting;
using Klikoo.Emulator.Inquiry;
using Klikoo.Emulator.Transactions;

// "validate [folder]": check fixture files, print every error as file:line:column, exit 0 only when all are valid.
if (args is [ValidateCommand.Name, .. var folder])
{
    return ValidateCommand.Run(folder, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddKlikooEmulator();

var app = builder.Build();

// Klikoo's Inquiry Prepaid: one R# line, HTTP 200, on /klikoo-b2b/v1/irs/inquiry and /v1/irs/inquiry (SPEC A2-A3).
app.MapInquiryEndpoints();

// Buy and check status: one transaction per (client_id, ref_id), INPROGRESS then final, balances (SPEC A4, B).
app.MapBuyEndpoints();

// The admin API for QA and CI: JSON under /__admin, loopback-only unless Klikoo:Admin:Token is set (SPEC B).
app.UseExceptionHandler();
app.MapAdminEndpoints();

// Fail fast on invalid fixtures with every error as file:line:column (exit code 1), else serve until stopped.
return await app.RunKlikooEmulatorAsync();

/// <summary>The emulator's entry point; public so WebApplicationFactory can host it in tests.</summary>
public partial class Program;
