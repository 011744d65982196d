using Klikoo.Emulator.Clock;
using Klikoo.Emulator.Fixtures;
using Microsoft.AspNetCore.Mvc;

namespace Klikoo.Emulator.OpenApi;

/// <summary>
/// What the auth routes' handlers take (<c>[AsParameters]</c>): the clients, the tokens, the timestamp check, the clock;
/// each named a service, never a body (see <see cref="OpenApiCatalogueServices"/>).
/// </summary>
internal sealed record OpenApiAuthServices([FromServices] FixtureStore Fixtures, [FromServices] OpenApiTokens Tokens, [FromServices] OpenApiRequestCheck Check, [FromServices] EmulatorClock Clock);
