using System.Globalization;
using System.Text.Json;
using Klikoo.Contracts.OpenApi;
using Klikoo.Emulator.Bills;
using Klikoo.Emulator.Orders;
using Klikoo.Emulator.Products;

namespace Klikoo.Emulator.OpenApi;

/// <summary>
/// Inquiry Postpaid (<c>POST transactions/inquiry-postpaid</c>, docs/open-api.md#postpaid-bills): the bill of a
/// postpaid product's account, or Klikoo's postpaid codes: 404xx7002 (no such customer, or nothing left to pay),
/// 404xx7011 (an account of the wrong shape), 404xx7012 (the last multifinance instalment).
/// </summary>
internal static class OpenApiPostpaid
{
    public static async ValueTask<OpenApiAnswer> InquireAsync(OpenApiSignedCall call, [AsParameters] OpenApiPostpaidServices services)
    {
        if (!call.TryRead(KlikooOpenApiJson.Default.PostpaidInquiryRequest, OpenApiService.Transaction, out var request, out var refusal))
        {
            return refusal;
        }

        var client = call.Account.ClientId;
        var order = OpenApiPurchases.Order(request.ProductCode, null, request.AccountNumber, null, null);
        var missing = string.IsNullOrEmpty(request.AccountNumber) ? "account_number" : string.IsNullOrEmpty(request.ProductCode) ? "product_code" : null;
        if (missing is not null)
        {
            return OpenApiAnswer.Error(OpenApiStatus.FieldEmpty, OpenApiService.Transaction, $"{missing} is missing or empty", client) with { Order = order };
        }

        var code = EchoText.Code(request.ProductCode);
        if (!services.Fixtures.Current.TryGetProduct(request.ProductCode, out var product) || product.Family.Postpaid is not { } postpaid)
        {
            var why = product is null
                ? $"no postpaid product '{code}' in the catalogue"
                : $"{code} is a prepaid product; inquire it with POST products/inquiry and buy it with POST products/buy";
            return OpenApiAnswer.Error(OpenApiStatus.ProductNotFound, OpenApiService.Transaction, why, client) with { Order = order };
        }

        if (!product.Destination.Matches(request.AccountNumber))
        {
            return OpenApiAnswer.Error(OpenApiStatus.WrongCustomerNumber, OpenApiService.Transaction,
                $"account_number '{EchoText.Of(request.AccountNumber)}' is not a valid {product.Destination.Describe(product.Code)}", client) with { Order = order };
        }

        int? months = null;
        if (postpaid.Kind == PostpaidKind.Bpjs)
        {
            if (string.IsNullOrEmpty(request.Period))
            {
                return OpenApiAnswer.Error(OpenApiStatus.FieldEmpty, OpenApiService.Transaction, $"period (months to pay) is required for {code}", client) with { Order = order };
            }

            if (!int.TryParse(request.Period, NumberStyles.None, CultureInfo.InvariantCulture, out var wanted) || wanted < 1 || wanted > postpaid.MaxPeriods)
            {
                return OpenApiAnswer.Error(OpenApiStatus.ValidationError, OpenApiService.Transaction,
                    $"period '{EchoText.Of(request.Period)}' is not 1 to {postpaid.MaxPeriods} months", client) with { Order = order };
            }

            months = wanted;
        }

        var found = services.Bills.Find(product, request.AccountNumber, months, services.Clock.GetUtcNow());
        if (found.Bill is { } bill)
        {
            // docs/open-api.md#paying-a-bill: the bill is the client's quote to pay today, unless it is paid already.
            return await services.Payments.QuoteAsync(client, bill) is { } paid
                ? OpenApiAnswer.Error(OpenApiStatus.CustomerNotFound, OpenApiService.Transaction, paid, client) with { Order = order }
                : new OpenApiAnswer(200, Json(bill), client) { Order = order };
        }

        return found switch
        {
            { Refusal: BillRefusal.LastInstalment } => OpenApiAnswer.Error(OpenApiStatus.LastInstalment, OpenApiService.Transaction, found.Why!, client) with { Order = order },
            _ => OpenApiAnswer.Error(OpenApiStatus.CustomerNotFound, OpenApiService.Transaction, found.Why!, client) with { Order = order },
        };
    }

    private static string Json(Bill bill) => JsonSerializer.Serialize(
        new OpenApiResponse<PostpaidBillData>
        {
            ResponseCode = OpenApiStatus.Success.Code(OpenApiService.Transaction), ResponseMessage = OpenApiStatus.Success.Message, Data = Data(bill),
        },
        KlikooOpenApiJson.Default.OpenApiResponsePostpaidBillData);

    public static PostpaidBillData Data(Bill bill) => new()
    {
        ProductCode = bill.Product.Code, AccountNumber = bill.Account, CustomerName = bill.CustomerName,
        Periods = [.. bill.Periods.Select(p => new PostpaidBillPeriod { Period = p.Period, Amount = Text(p.Amount), LateFee = Text(p.LateFee) })],
        BillAmount = Text(bill.BillAmount), LateFee = Text(bill.LateFee), AdminFee = Text(bill.AdminFee), TotalAmount = Text(bill.Total),
        PowerCapacity = bill.Details.PowerCapacity, MeterReading = bill.Details.MeterReading, Address = bill.Details.Address, DueDate = bill.Details.DueDate,
        Members = Text(bill.Details.Members), Instalment = Text(bill.Details.Instalment), Tenor = Text(bill.Details.Tenor), Item = bill.Details.Item,
    };

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Text(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
