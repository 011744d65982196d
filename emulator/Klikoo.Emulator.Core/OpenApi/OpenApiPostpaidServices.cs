using Klikoo.Emulator.Bills;
using Klikoo.Emulator.Clock;
using Klikoo.Emulator.Fixtures;
using Microsoft.AspNetCore.Mvc;

namespace Klikoo.Emulator.OpenApi;

/// <summary>What the postpaid inquiry takes (<c>[AsParameters]</c>), each named a service as <see cref="OpenApiCatalogueServices"/> explains.</summary>
internal sealed record OpenApiPostpaidServices([FromServices] FixtureStore Fixtures, [FromServices] BillGenerator Bills, [FromServices] EmulatorClock Clock,
    [FromServices] OpenApiBillPayments Payments);
