using System.Text.Json;
using Klikoo.Contracts.OpenApi;
using Klikoo.Emulator.Clients;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Orders;

namespace Klikoo.Emulator.OpenApi;

/// <summary>
/// The Open API's buy, transaction detail and history (docs/open-api.md#on-the-emulator), on the string interface's
/// one order core: a buy is validated by the same checks (<see cref="OrderValidator"/>) and made by the same
/// <see cref="OrderService"/>, so its <c>partner_reference_id</c> is the string interface's <c>ref_id</c>.
/// </summary>
internal static class OpenApiPurchases
{
    public const int MaxLimit = 1000;

    public static async ValueTask<OpenApiAnswer> BuyAsync(OpenApiSignedCall call, [AsParameters] OpenApiPurchaseServices services)
    {
        if (!call.TryRead(KlikooOpenApiJson.Default.ProductBuyRequest, OpenApiService.Transaction, out var request, out var refusal))
        {
            return refusal;
        }

        var account = call.Account;
        var order = Order(request.ProductCode, request.PartnerReferenceId, request.Value, request.Amount, request.SellingPrice);
        var catalog = services.Fixtures.Current;
        var postpaid = catalog.TryGetProduct(order.ProductCode, out var product) && product.Family.Postpaid is not null;
        if (!TryValidate(account, order, catalog, out var valid, out var invalid, postpaidPayment: postpaid))
        {
            return invalid;
        }

        NewBuy bought;
        if (postpaid)
        {
            // docs/open-api.md#paying-a-bill: the documented buy body pays the client's latest quote of the bill.
            var (refused, paid) = await services.Bills.PayAsync(valid, request, catalog);
            if (refused is not null)
            {
                return refused;
            }

            bought = paid!;
        }
        else
        {
            bought = await services.Orders.BuyAsync(valid, catalog);
        }

        if (bought is { Created: true, Transaction: { } transaction })
        {
            return new(201, Json(OpenApiStatus.Created, await services.View.DetailAsync(transaction)), account.ClientId) { Order = order };
        }

        return bought.Refusal == RejectionCause.PendingFull
            ? OpenApiAnswer.Error(OpenApiStatus.SupplierDisrupted, OpenApiService.Transaction,
                "no room for one more pending transaction (Klikoo:Transactions:PendingCapacity); nothing was made, the reference may be sent again", account.ClientId) with { Order = order }
            : OpenApiAnswer.Error(OpenApiStatus.ReferenceUsed, OpenApiService.Transaction, bought.Transaction is { } used
                ? $"partner_reference_id '{valid.RefId}' is transaction {used.TransactionId} ({used.Product.Code} to {used.Destination}); read it with GET transactions/{used.TransactionId}"
                : $"partner_reference_id '{valid.RefId}' was used by a transaction forgotten to bound memory (Klikoo:Transactions:Capacity)", account.ClientId) with { Order = order };
    }

    public static async ValueTask<OpenApiAnswer> DetailAsync(OpenApiSignedCall call, string transactionId, [AsParameters] OpenApiPurchaseServices services)
    {
        var account = call.Account;
        if (await services.Orders.FindAsync(account.ClientId, transactionId) is not { } transaction)
        {
            return OpenApiAnswer.Error(OpenApiStatus.TransactionNotFound, OpenApiService.Transaction,
                $"no transaction '{EchoText.Of(transactionId)}' of client {account.ClientId} (transactions are scoped to the token's client)", account.ClientId);
        }

        return new(200, Json(OpenApiStatus.Success, await services.View.DetailAsync(transaction)), account.ClientId);
    }

    public static async ValueTask<OpenApiAnswer> HistoryAsync(OpenApiSignedCall call, HttpRequest http, [AsParameters] OpenApiPurchaseServices services)
    {
        var account = call.Account;
        if (!HistoryFilter.TryRead(http.Query, out var filter, out var problem))
        {
            return OpenApiAnswer.Error(problem.Missing ? OpenApiStatus.FieldEmpty : OpenApiStatus.ValidationError, OpenApiService.Transaction, problem.Text, account.ClientId);
        }

        // Through the client's index: a page reads its own transactions, not every one held (on Redis, one hash each).
        var page = await services.Orders.HistoryAsync(
            account.ClientId, filter is { Q: null, From: null, To: null } ? null : filter.Matches, (long)(filter.Page - 1) * filter.Limit, filter.Limit);
        var rows = new List<TransactionHistoryItem>(page.Items.Count);
        foreach (var transaction in page.Items)
        {
            rows.Add(await services.View.RowAsync(transaction));
        }


        var pages = (page.Total + filter.Limit - 1) / filter.Limit;
        var meta = new PageMeta
        {
            CurrentPage = filter.Page, PreviousPage = filter.Page > 1 ? filter.Page - 1 : 0, NextPage = filter.Page < pages ? filter.Page + 1 : 0,
            TotalPages = pages, TotalRows = page.Total, PerPage = filter.Limit,
        };
        return new(200, JsonSerializer.Serialize(
            new OpenApiPagedResponse<TransactionHistoryItem> { ResponseCode = OpenApiStatus.Success.Code(OpenApiService.Transaction), ResponseMessage = OpenApiStatus.Success.Message, Meta = meta, Data = rows },
            KlikooOpenApiJson.Default.OpenApiPagedResponseTransactionHistoryItem), account.ClientId);
    }

    /// <summary>The body's order fields, as the order core takes them; an empty amount or selling price is none.</summary>
    public static OrderRequest Order(string? productCode, string? reference, string? value, string? amount, string? sellingPrice) =>
        new(productCode, value, reference, string.IsNullOrEmpty(amount) ? null : amount, string.IsNullOrEmpty(sellingPrice) ? null : sellingPrice);

    /// <summary>
    /// The order core's checks (<see cref="OrderValidator"/>), answered with the Open API's codes: an empty field
    /// 400xx6512, an unknown product 404xx7003, a destination of the wrong shape 404xx7011, any other check 400xx6510,
    /// the diagnosis naming the body's fields. For a buy the amount of a fixed-price product is checked but not kept,
    /// so the string interface's re-check without one finds the order; an inquiry keeps it (<paramref name="keepAmount"/>),
    /// as the string interface's inquiry does, for scenario amounts.
    /// </summary>
    public static bool TryValidate(
        ClientAccount account, OrderRequest order, FixtureCatalog catalog, out Order valid, out OpenApiAnswer refusal, bool keepAmount = false, bool postpaidPayment = false)
    {
        valid = null!;
        var fields = OrderFields.OpenApi;
        var missing = string.IsNullOrEmpty(order.ProductCode) ? fields.ProductCode
            : string.IsNullOrEmpty(order.Destination) ? fields.Destination
            : string.IsNullOrEmpty(order.Reference) ? fields.Reference
            : null;
        if (missing is not null)
        {
            refusal = OpenApiAnswer.Error(OpenApiStatus.FieldEmpty, OpenApiService.Transaction, $"{missing} is missing or empty", account.ClientId) with { Order = order };
            return false;
        }

        if (!OrderValidator.TryValidate(account, order, catalog, out var validated, out var diagnosis, postpaidPayment))
        {
            var status = diagnosis.Cause switch
            {
                RejectionCause.UnknownProduct or RejectionCause.PostpaidProduct => OpenApiStatus.ProductNotFound,
                RejectionCause.WrongDestination => OpenApiStatus.WrongCustomerNumber,
                _ => OpenApiStatus.ValidationError,
            };
            refusal = OpenApiAnswer.Error(status, OpenApiService.Transaction, diagnosis.Describe(order, fields)!, account.ClientId) with { Order = order };
            return false;
        }

        valid = keepAmount ? validated : validated with { Amount = validated.Product.Open is null ? null : validated.Amount, ViaOpenApi = true };
        refusal = null!;
        return true;
    }

    private static string Json(OpenApiStatus status, TransactionData data) =>
        JsonSerializer.Serialize(
            new OpenApiResponse<TransactionData> { ResponseCode = status.Code(OpenApiService.Transaction), ResponseMessage = status.Message, Data = data },
            KlikooOpenApiJson.Default.OpenApiResponseTransactionData);
}
