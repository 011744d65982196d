using Microsoft.OpenApi;

namespace Klikoo.Emulator.Admin;

/// <summary>
/// One page of an admin list (transactions, journal, callback attempts): <c>?limit=</c> items (default
/// <see cref="DefaultLimit"/>, at most <see cref="MaxLimit"/>) after skipping <c>?offset=</c>, with the number of all
/// matching items in <see cref="TotalCountHeader"/>. The body stays a JSON array, as before paging.
/// </summary>
internal static class AdminPage
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;
    public const string TotalCountHeader = "X-Total-Count";
    public const string LimitDescription = "How many items to answer: 1 to 1000 (a larger limit gets 1000); default 100.";
    public const string OffsetDescription = "How many matching items to skip first; default 0. The X-Total-Count header says how many match in all.";

    /// <summary>What is wrong with the paging parameters; empty when nothing is. A limit above the maximum is not wrong: it gets the maximum.</summary>
    public static Dictionary<string, string[]> Check(int? limit, int? offset)
    {
        var errors = new Dictionary<string, string[]>();
        if (limit < 1)
        {
            errors["limit"] = [$"limit is how many items to answer: 1 to {MaxLimit} (default {DefaultLimit})."];
        }

        if (offset < 0)
        {
            errors["offset"] = ["offset is how many items to skip: 0 or more."];
        }

        return errors;
    }

    /// <summary>The page of <paramref name="items"/>, in their order; writes how many there are in all to <see cref="TotalCountHeader"/>.</summary>
    public static List<T> Of<T>(HttpResponse response, IEnumerable<T> items, int? limit, int? offset)
    {
        var skip = offset ?? 0;
        var take = Math.Min(limit ?? DefaultLimit, MaxLimit);
        var page = new List<T>(Math.Min(take, DefaultLimit));
        var total = 0;
        foreach (var item in items)
        {
            if (total >= skip && page.Count < take)
            {
                page.Add(item);
            }

            total++;
        }

        response.Headers[TotalCountHeader] = total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return page;
    }

    /// <summary>How many items a page answers for <c>?limit=</c>.</summary>
    public static int Take(int? limit) => Math.Min(limit ?? DefaultLimit, MaxLimit);

    /// <summary>A page a store cut itself; writes <paramref name="total"/> to <see cref="TotalCountHeader"/>.</summary>
    public static List<T> Counted<T>(HttpResponse response, IEnumerable<T> page, int total)
    {
        response.Headers[TotalCountHeader] = total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return [.. page];
    }

    /// <summary>Describes <see cref="TotalCountHeader"/> on the endpoint's OpenAPI 200 response.</summary>
    public static RouteHandlerBuilder Paged(this RouteHandlerBuilder route) =>
        route.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.Responses?.TryGetValue("200", out var ok) == true && ok is OpenApiResponse response)
            {
                response.Headers ??= new Dictionary<string, IOpenApiHeader>();
                response.Headers[TotalCountHeader] = new OpenApiHeader
                {
                    Description = "How many items match in all; the body is one page of them.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
                };
            }

            return Task.CompletedTask;
        });
}
