using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Orders;
using Microsoft.AspNetCore.Mvc;

namespace Klikoo.Emulator.OpenApi;

/// <summary>
/// What the buy, detail and history handlers take (<c>[AsParameters]</c>): the order core both interfaces call;
/// each named a service, never a body (see <see cref="OpenApiCatalogueServices"/>).
/// </summary>
internal sealed record OpenApiPurchaseServices([FromServices] FixtureStore Fixtures, [FromServices] OrderService Orders, [FromServices] OpenApiTransactionView View,
    [FromServices] OpenApiBillPayments Bills);
