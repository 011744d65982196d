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
        var balance = await ledger.BalanceOfAsync(call.Account);
        return new(200, JsonSerializer.Serialize(
            new OpenApiResponse<BalanceData> { ResponseCode = OpenApiStatus.Success.Code(OpenApiService.Account), ResponseMessage = OpenApiStatus.Success.Message, Data = new BalanceData { Balance = balance } },
            KlikooOpenApiJson.Default.OpenApiResponseBalanceData), call.Account.ClientId);
    }
}
