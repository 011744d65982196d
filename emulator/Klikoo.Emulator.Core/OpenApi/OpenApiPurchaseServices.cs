using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Transactions;
using Microsoft.AspNetCore.Mvc;

namespace Klikoo.Emulator.OpenApi;

/// <summary>
/// What the buy, detail and history handlers take (<c>[AsParameters]</c>): the string interface's one store and buy;
/// each named a service, never a body (see <see cref="OpenApiCatalogueServices"/>).
/// </summary>
internal sealed record OpenApiPurchaseServices(
    [FromServices] FixtureStore Fixtures, [FromServices] BuyHandler Buys, [FromServices] ITransactionStore Transactions, [FromServices] OpenApiTransactionView View);
