namespace Klikoo.Contracts.OpenApi;

/// <summary>The envelope of a paged list: <c>response_code</c>, <c>response_message</c>, <c>meta</c>, <c>data</c> (an array).</summary>
/// <typeparam name="T">The type of one row.</typeparam>
public sealed record OpenApiPagedResponse<T>
{
    /// <summary>Nine digits: HTTP status, service, case.</summary>
    public string ResponseCode { get; init; } = "";

    /// <summary>Klikoo's Indonesian message for the code.</summary>
    public string ResponseMessage { get; init; } = "";

    /// <summary>Where this page sits.</summary>
    public PageMeta? Meta { get; init; }

    /// <summary>The rows of this page.</summary>
    public IReadOnlyList<T>? Data { get; init; }
}
