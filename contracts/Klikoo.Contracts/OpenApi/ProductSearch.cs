namespace Klikoo.Contracts.OpenApi;

/// <summary>One filter of the price list.</summary>
public sealed record ProductSearch
{
    /// <summary><c>keyword</c>, <c>categories</c> or <c>enable</c>.</summary>
    public string Field { get; init; } = "";

    /// <summary>The keyword, the category (<c>pulsa</c>, <c>data</c>, ...), or <c>true</c>/<c>false</c>.</summary>
    public string Value { get; init; } = "";
}
