using System.Net;

namespace Klikoo.Contracts.OpenApi;

/// <summary>
/// An Open API call did not succeed: Klikoo answered with a non-2xx status and its envelope (<see cref="ResponseCode"/>
/// and <see cref="ResponseMessage"/> set, e.g. <c>409026563</c>), or the transport failed, timed out, or the
/// response was not Klikoo's envelope (<see cref="ResponseCode"/> <see langword="null"/>).
/// </summary>
public sealed class KlikooOpenApiException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public KlikooOpenApiException()
        : this("The Klikoo Open API call failed.")
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    public KlikooOpenApiException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and its cause.</summary>
    public KlikooOpenApiException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with what Klikoo answered.</summary>
    public KlikooOpenApiException(string message, HttpStatusCode? statusCode, string? responseCode, string? responseMessage, string? rawResponse, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ResponseCode = responseCode;
        ResponseMessage = responseMessage;
        RawResponse = rawResponse;
    }

    /// <summary>The HTTP status, or <see langword="null"/> when no response arrived.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>Klikoo's nine-digit <c>response_code</c>, or <see langword="null"/> when the body was not its envelope.</summary>
    public string? ResponseCode { get; }

    /// <summary>Klikoo's <c>response_message</c>, e.g. <c>Signature tidak sesuai</c>.</summary>
    public string? ResponseMessage { get; }

    /// <summary>The response body as received (cut at the size limit), or <see langword="null"/> when none arrived.</summary>
    public string? RawResponse { get; }
}
