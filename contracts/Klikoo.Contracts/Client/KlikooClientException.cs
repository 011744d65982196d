using System.Net;

namespace Klikoo.Contracts.Client;

/// <summary>
/// The call did not produce a Klikoo line: the transport failed, it timed out, the HTTP status was not 200,
/// or the reply was empty, too large or not an R# line. Klikoo failures (REASON, FAILED) are results, not this.
/// </summary>
public sealed class KlikooClientException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public KlikooClientException()
        : this("The Klikoo call failed.")
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    public KlikooClientException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and its cause.</summary>
    public KlikooClientException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with the raw reply and status that caused it.</summary>
    public KlikooClientException(string message, string? rawReply, HttpStatusCode? statusCode, Exception? innerException = null)
        : base(message, innerException)
    {
        RawReply = rawReply;
        StatusCode = statusCode;
    }

    /// <summary>The reply text as received (cut at the size limit), or <see langword="null"/> when none arrived.</summary>
    public string? RawReply { get; }

    /// <summary>The HTTP status, or <see langword="null"/> when no response arrived.</summary>
    public HttpStatusCode? StatusCode { get; }
}
