// Handlers are asynchronous ahead of the state they read: when the store and ledger calls become awaited, no
// handler's shape changes. Until then some have nothing to await.
#pragma warning disable CS1998
using System.Text.Json;
using Klikoo.Contracts.OpenApi;
using Klikoo.Emulator.Transactions;
using Microsoft.AspNetCore.Mvc;

namespace Klikoo.Emulator.OpenApi;

/// <summary>The Open API's account service (<c>03</c>): the balance of the token's client (docs/open-api.md#on-the-emulator).</summary>
internal static class OpenApiAccount
{
    public static async ValueTask<OpenApiAnswer> BalanceAsync(OpenApiSignedCall call, [FromServices] IClientLedger ledger)
    {
        var balance = ledger.BalanceOf(call.Account);
        return new(200, JsonSerializer.Serialize(
            new OpenApiResponse<BalanceData> { ResponseCode = OpenApiStatus.Success.Code(OpenApiService.Account), ResponseMessage = OpenApiStatus.Success.Message, Data = new BalanceData { Balance = balance } },
            KlikooOpenApiJson.Default.OpenApiResponseBalanceData), call.Account.ClientId);
    }
}
