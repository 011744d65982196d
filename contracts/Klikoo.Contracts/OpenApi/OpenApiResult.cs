using System.Net;

namespace Klikoo.Contracts.OpenApi;

/// <summary>A successful Open API call: the HTTP status, Klikoo's code and message, and the typed <c>data</c>.</summary>
/// <typeparam name="T">The type of <c>data</c>.</typeparam>
/// <param name="StatusCode">200, or 201 for a buy.</param>
/// <param name="ResponseCode">Nine digits, e.g. <c>201022001</c>.</param>
/// <param name="ResponseMessage">e.g. <c>Berhasil dibuat</c>.</param>
/// <param name="Data">The result.</param>
public sealed record OpenApiResult<T>(HttpStatusCode StatusCode, string ResponseCode, string ResponseMessage, T Data);
