// These handlers read no shared state, so they have nothing to await; they keep the one shape every Open API handler
// has (an awaitable answer), which the route table and its filters take.
#pragma warning disable CS1998
using System.Globalization;
using System.Text.Json;
using Klikoo.Contracts.OpenApi;
using Klikoo.Emulator.Orders;
using Klikoo.Emulator.Products;

namespace Klikoo.Emulator.OpenApi;

/// <summary>
/// The Open API's price list (<c>POST products</c>), Inquiry Prepaid (<c>POST products/inquiry</c>), docs/open-api.md#on-the-emulator (Inquiry Postpaid is
/// <see cref="OpenApiPostpaid"/>). An inquiry is the string
/// interface's inquiry: the same order checks, then <see cref="OrderService.Inquire"/> (fixture customers, generated
/// customers, scenario inquiry failures), its line put into Klikoo's JSON envelope.
/// </summary>
internal static class OpenApiCatalogue
{
    public const int MaxLimit = 1000;

    /// <summary>The price list's <c>success_rate</c>: the emulator's default outcome is an immediate success.</summary>
    public const double SuccessRate = 100;

    /// <summary>The price list's <c>time_rate</c> (seconds to a final state) for that default outcome.</summary>
    public const double TimeRate = 0;

    private static readonly string[] SortFields = ["name", "code", "category", "enable", "agent_price", "updated_at", "success_rate", "time_rate"];

    public static async ValueTask<OpenApiAnswer> ProductsAsync(OpenApiSignedCall call, [AsParameters] OpenApiCatalogueServices services)
    {
        var account = call.Account;
        if (MissingPaging(call.Body.Bytes) is { } missing)
        {
            return OpenApiAnswer.Error(OpenApiStatus.FieldEmpty, OpenApiService.Product, $"{missing} is required (limit and page are JSON numbers)", account.ClientId);
        }

        if (!call.TryRead(KlikooOpenApiJson.Default.ProductListRequest, OpenApiService.Product, out var request, out var refusal))
        {
            return refusal;
        }

        if (Check(request) is { } problem)
        {
            return OpenApiAnswer.Error(OpenApiStatus.ValidationError, OpenApiService.Product, problem, account.ClientId);
        }

        // The emulator's clock, not the wall-clock time of the last reload: under a frozen clock the same request
        // gives the same body on every machine.
        var updatedAt = OpenApiTransactionView.Time(services.Clock.GetUtcNow());
        IEnumerable<ProductData> rows = services.Fixtures.Current.Products.Values
            .Select(p => new ProductData
            {
                Code = p.Code, Name = ProductNames.Of(p), Category = p.Family.Category, Enable = true,
                AgentPrice = p.Open is null ? p.Price : p.Open.Fee, UpdatedAt = updatedAt, SuccessRate = SuccessRate, TimeRate = TimeRate,
            })
            .OrderBy(p => p.Code, StringComparer.Ordinal);
        foreach (var search in request.Search ?? [])
        {
            rows = Filter(rows, search);
        }

        var matches = Sort(rows, request.Sort).ToList();
        var pages = (matches.Count + request.Limit - 1) / request.Limit;
        var page = matches.Skip((int)Math.Min(int.MaxValue, (long)(request.Page - 1) * request.Limit)).Take(request.Limit).ToList();
        var meta = new PageMeta
        {
            CurrentPage = request.Page, PreviousPage = request.Page > 1 ? request.Page - 1 : 0, NextPage = request.Page < pages ? request.Page + 1 : 0,
            TotalPages = pages, TotalRows = matches.Count, PerPage = request.Limit,
        };
        return new(200, JsonSerializer.Serialize(
            new OpenApiPagedResponse<ProductData> { ResponseCode = OpenApiStatus.Success.Code(OpenApiService.Product), ResponseMessage = OpenApiStatus.Success.Message, Meta = meta, Data = page },
            KlikooOpenApiJson.Default.OpenApiPagedResponseProductData), account.ClientId);
    }

    public static async ValueTask<OpenApiAnswer> InquireAsync(OpenApiSignedCall call, [AsParameters] OpenApiCatalogueServices services)
    {
        if (!call.TryRead(KlikooOpenApiJson.Default.ProductInquiryRequest, OpenApiService.Transaction, out var request, out var refusal))
        {
            return refusal;
        }

        var account = call.Account;
        var order = OpenApiPurchases.Order(request.ProductCode, request.PartnerReferenceId, request.Value, request.Amount, request.SellingPrice);
        var catalog = services.Fixtures.Current;
        if (!OpenApiPurchases.TryValidate(account, order, catalog, out var valid, out var invalid, keepAmount: true))
        {
            return invalid;
        }

        return Answer(valid, services.Orders.Inquire(valid, catalog), account.ClientId) with { Order = order };
    }

    /// <summary>An inquiry in the Open API's envelope: 200 with its fields, or 404 <c>No Customer tidak ditemukan</c> naming the reason.</summary>
    private static OpenApiAnswer Answer(Order order, InquiryResult found, string clientId) => found.Failure is { } failure
        ? OpenApiAnswer.Error(OpenApiStatus.CustomerNotFound, OpenApiService.Transaction,
            $"the inquiry for {found.Customer.Destination} failed: {failure} (customers.yaml failure, or a scenario's inquiryFailure)", clientId)
        : new(200, JsonSerializer.Serialize(
            new OpenApiResponse<InquiryData>
            {
                ResponseCode = OpenApiStatus.Success.Code(OpenApiService.Transaction), ResponseMessage = OpenApiStatus.Success.Message,
                Data = new InquiryData
                {
                    ProductCode = order.Product.Code, Price = order.Price.ToString(CultureInfo.InvariantCulture), Value = found.Customer.Destination,
                    CustomerName = FamilyDisplay.CustomerName(order.Product.Family, found.Customer) ?? "",
                    PowerCapacity = FamilyDisplay.PowerCapacity(order.Product.Family, found.Customer) ?? "",
                },
            },
            KlikooOpenApiJson.Default.OpenApiResponseInquiryData), clientId);

    // limit and page are required; the wire model's defaults would hide their absence.
    private static string? MissingPaging(byte[] body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            return !Present(json.RootElement, "limit") ? "limit" : !Present(json.RootElement, "page") ? "page" : null;
        }
        catch (JsonException)
        {
            return null; // the typed read answers Validasi Error
        }

        static bool Present(JsonElement root, string name) => root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;
    }

    private static string? Check(ProductListRequest request)
    {
        if (request.Limit is < 1 or > MaxLimit)
        {
            return $"limit {request.Limit} is outside 1 to {MaxLimit}";
        }

        if (request.Page < 1)
        {
            return $"page {request.Page} is below 1";
        }

        foreach (var search in request.Search ?? [])
        {
            if (search is null || search.Field is not ("keyword" or "categories" or "enable"))
            {
                return $"search field '{EchoText.Of(search?.Field)}' is not keyword, categories or enable";
            }

            if (search.Field == "enable" && search.Value is not ("true" or "false"))
            {
                return $"search enable value '{EchoText.Of(search.Value)}' is not \"true\" or \"false\"";
            }
        }

        if (request.Sort is { } sort)
        {
            if (!SortFields.Contains(sort.Field, StringComparer.Ordinal))
            {
                return $"sort field '{EchoText.Of(sort.Field)}' is not one of {string.Join(", ", SortFields)}";
            }

            if (sort.Value is not ("asc" or "desc"))
            {
                return $"sort value '{EchoText.Of(sort.Value)}' is not asc or desc";
            }
        }

        return null;
    }

    private static IEnumerable<ProductData> Filter(IEnumerable<ProductData> rows, ProductSearch search) => search.Field switch
    {
        "keyword" when string.IsNullOrEmpty(search.Value) => rows,
        "keyword" => rows.Where(p => p.Code.Contains(search.Value, StringComparison.OrdinalIgnoreCase) || p.Name.Contains(search.Value, StringComparison.OrdinalIgnoreCase)
            || p.Category.Contains(search.Value, StringComparison.OrdinalIgnoreCase)),
        "categories" when string.IsNullOrEmpty(search.Value) => rows,
        "categories" => rows.Where(p => string.Equals(p.Category, search.Value, StringComparison.OrdinalIgnoreCase)),
        _ => rows.Where(p => p.Enable == (search.Value == "true")),
    };

    // Ties keep code order, so every page is stable.
    private static IEnumerable<ProductData> Sort(IEnumerable<ProductData> rows, ProductSort? sort)
    {
        if (sort is null)
        {
            return rows;
        }

        var descending = sort.Value == "desc";
        return sort.Field switch
        {
            "name" => Order(rows, p => p.Name, descending, StringComparer.Ordinal),
            "category" => Order(rows, p => p.Category, descending, StringComparer.Ordinal),
            "enable" => Order(rows, p => p.Enable, descending, Comparer<bool>.Default),
            "agent_price" => Order(rows, p => p.AgentPrice, descending, Comparer<long>.Default),
            "updated_at" => Order(rows, p => p.UpdatedAt, descending, StringComparer.Ordinal),
            "success_rate" => Order(rows, p => p.SuccessRate, descending, Comparer<double>.Default),
            "time_rate" => Order(rows, p => p.TimeRate, descending, Comparer<double>.Default),
            _ => Order(rows, p => p.Code, descending, StringComparer.Ordinal),
        };
    }

    private static IOrderedEnumerable<ProductData> Order<TKey>(IEnumerable<ProductData> rows, Func<ProductData, TKey> key, bool descending, IComparer<TKey> comparer) =>
        (descending ? rows.OrderByDescending(key, comparer) : rows.OrderBy(key, comparer)).ThenBy(p => p.Code, StringComparer.Ordinal);
}
