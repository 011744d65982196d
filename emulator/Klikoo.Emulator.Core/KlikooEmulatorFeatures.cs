using Klikoo.Emulator.Admin;
using Klikoo.Emulator.Bills;
using Klikoo.Emulator.Callbacks;
using Klikoo.Emulator.Clock;
using Klikoo.Emulator.Customers;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Hosting;
using Klikoo.Emulator.Irs;
using Klikoo.Emulator.Journal;
using Klikoo.Emulator.OpenApi;
using Klikoo.Emulator.Orders;
using Klikoo.Emulator.ParserCheck;
using Klikoo.Emulator.Scenarios;
using Klikoo.Emulator.State;
using Klikoo.Emulator.Transactions;
using Klikoo.Emulator.Welcome;

namespace Klikoo.Emulator;

/// <summary>
/// The emulator's features, listed once: the command-line program and the in-process test host both call these, so
/// a feature cannot be served by one and missing from the other.
/// </summary>
public static class KlikooEmulatorFeatures
{
    /// <summary>Registers every feature's services and settings, in the order they depend on each other.</summary>
    public static WebApplicationBuilder AddKlikooEmulator(this WebApplicationBuilder builder)
    {
        builder.AddEmulatorHosting();   // shipped settings, secret-free framework logs, Kestrel limits, the default address
        builder.AddSharedState();       // in memory, or Redis shared by replicas (Klikoo:State:Redis, --redis)
        builder.AddClock();             // system, frozen (Klikoo:Clock:Fixed) or a test's fake; moved through /__admin/clock
        builder.AddFixtures();          // fixture files: loaded, validated, watched
        builder.AddCustomers();         // named and seeded fake customers
        builder.AddBills();             // postpaid bills: magic and seeded generated ones
        builder.AddOrders();            // the order core both interfaces call: inquire, buy, find, resolve
        builder.AddStringInterface();   // Inquiry Prepaid and Buy / Check Status as R# lines
        builder.AddTransactions();      // the transaction stores and balances
        builder.AddScenarios();         // outcome rules and admin overrides
        builder.AddCallbacks();         // reports to partners' callback URLs
        builder.AddKlikooOpenApi();     // Klikoo's JSON Open API: tokens, signatures, balance
        builder.AddJournal();           // recent requests, secrets masked
        builder.AddParserCheck();       // an Otomax parser's patterns against every reply of the catalogue
        builder.AddAdmin();             // the admin API: access rule, OpenAPI document, reset
        return builder;
    }

    /// <summary>Maps every feature's routes, behind the admin access rule.</summary>
    public static WebApplication MapKlikooEmulator(this WebApplication app)
    {
        app.UseAdminAccess();           // before the routes: every /__admin route is behind it
        app.MapStringInterface();       // /klikoo-b2b/v1/irs/inquiry and /buy, and /v1/irs/...
        app.MapTransactions();          // /__admin/transactions
        app.MapKlikooOpenApi();         // /klikoo-b2b/v1/open-api/... and /v1/open-api/...
        app.MapClock();                 // /__admin/clock
        app.MapFixtures();              // /__admin/fixtures
        app.MapScenarios();             // /__admin/overrides
        app.MapCallbacks();             // /__admin/callbacks
        app.MapJournal();               // /__admin/journal
        app.MapParserCheck();           // /__admin/parser-check
        app.MapAdmin();                 // /__admin/health, /reset, /ui (dashboard), /openapi.json
        app.MapWelcome();               // GET / and a 404 that points there
        return app;
    }
}
