using System.Text.Json.Serialization;

namespace Klikoo.Contracts.OpenApi;

/// <summary>The body of <c>POST /v1/open-api/products</c> (the price list): paging, search and sort.</summary>
public sealed record ProductListRequest
{
    /// <summary>Items per page.</summary>
    public int Limit { get; init; } = 10;

    /// <summary>The page, from 1.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Filters: <c>keyword</c>, <c>categories</c> or <c>enable</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ProductSearch>? Search { get; init; }

    /// <summary>The order.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ProductSort? Sort { get; init; }
}
