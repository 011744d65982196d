namespace Klikoo.Contracts.OpenApi;

/// <summary>The order of the price list.</summary>
public sealed record ProductSort
{
    /// <summary><c>name</c>, <c>code</c>, <c>category</c>, <c>enable</c>, <c>agent_price</c>, <c>updated_at</c>, <c>success_rate</c> or <c>time_rate</c>.</summary>
    public string Field { get; init; } = "";

    /// <summary><c>asc</c> or <c>desc</c>.</summary>
    public string Value { get; init; } = "";
}
