using Klikoo.Emulator.Clock;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Orders;
using Microsoft.AspNetCore.Mvc;

namespace Klikoo.Emulator.OpenApi;

/// <summary>
/// What the price list and inquiry handlers take (<c>[AsParameters]</c>). Each is named a service: a type the binder
/// could also read from a JSON body would make the route accept only JSON requests, and a body-less call miss it.
/// </summary>
internal sealed record OpenApiCatalogueServices([FromServices] FixtureStore Fixtures, [FromServices] OrderService Orders, [FromServices] EmulatorClock Clock);
