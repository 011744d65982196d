using System.Text.Json;
using Klikoo.Contracts.OpenApi;
using Klikoo.Emulator.Callbacks;
using Klikoo.Emulator.Transactions;

namespace Klikoo.Emulator.OpenApi;

/// <summary>The Open API's purchase callback body (docs/open-api.md#on-the-emulator): its fields in Klikoo's order, balances as numbers.</summary>
internal sealed class OpenApiPurchaseCallback(OpenApiTransactionView view) : IPurchaseCallbackBody
{
    public string For(Transaction transaction) => JsonSerializer.Serialize(view.Callback(transaction), KlikooOpenApiJson.Default.PurchaseCallback);
}
