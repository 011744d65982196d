using System.Net;

namespace Klikoo.Contracts.OpenApi;

/// <summary>One page of a list: Klikoo's code and message, <c>meta</c> and the rows.</summary>
/// <typeparam name="T">The type of one row.</typeparam>
/// <param name="StatusCode">200.</param>
/// <param name="ResponseCode">Nine digits, e.g. <c>200022000</c>.</param>
/// <param name="ResponseMessage">e.g. <c>Sukses</c>.</param>
/// <param name="Meta">Where the page sits.</param>
/// <param name="Items">The rows.</param>
public sealed record OpenApiPage<T>(HttpStatusCode StatusCode, string ResponseCode, string ResponseMessage, PageMeta Meta, IReadOnlyList<T> Items);
