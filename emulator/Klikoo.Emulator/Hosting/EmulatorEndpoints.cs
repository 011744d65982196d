using Klikoo.Emulator.Admin;
using Klikoo.Emulator.Inquiry;
using Klikoo.Emulator.Transactions;

namespace Klikoo.Emulator.Hosting;

/// <summary>Every route the emulator serves, in one place, for the program and for hosts that embed it.</summary>
public static class EmulatorEndpoints
{
    public static WebApplication MapKlikooEmulator(this WebApplication app)
    {
        // Klikoo's Inquiry Prepaid: one R# line, HTTP 200, on /klikoo-b2b/v1/irs/inquiry and /v1/irs/inquiry (docs/klikoo-interface.md#endpoints-A3).
        app.MapInquiryEndpoints();

        // Buy and check status: one transaction per (client_id, ref_id), INPROGRESS then final, balances (docs/klikoo-interface.md#transaction-reports, B).
        app.MapBuyEndpoints();

        // The admin API for QA and CI: JSON under /__admin, loopback-only unless Klikoo:Admin:Token is set (docs/klikoo-interface.md#decisions).
        app.UseExceptionHandler();
        app.MapAdminEndpoints();

        // GET /: the routes, the sample account and an inquiry to try; an unknown path points there.
        app.UseNotFoundPointer();
        app.MapWelcome();
        return app;
    }
}
