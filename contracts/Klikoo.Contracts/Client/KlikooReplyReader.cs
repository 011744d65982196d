using System.Net;
using System.Text;
using Klikoo.Contracts.Lines;

namespace Klikoo.Contracts.Client;

/// <summary>Reads a reply body with a size cap and turns it into one parsed line, or a <see cref="KlikooClientException"/>.</summary>
internal static class KlikooReplyReader
{
    public static async Task<string> ReadAsync(HttpContent content, int maxBytes, HttpStatusCode status, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > maxBytes)
        {
            throw new KlikooClientException($"The reply is {content.Headers.ContentLength} bytes, over the {maxBytes}-byte limit; a Klikoo line is one short line.", null, status);
        }

        var buffer = new byte[maxBytes + 1];
        var length = 0;
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            int read;
            while (length < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
            {
                length += read;
            }
        }

        var text = Encoding.UTF8.GetString(buffer, 0, Math.Min(length, maxBytes));
        return length > maxBytes
            ? throw new KlikooClientException($"The reply is over the {maxBytes}-byte limit; a Klikoo line is one short line.", text, status)
            : text;
    }

    public static RLine Parse(string raw, HttpStatusCode status)
    {
        // Whitespace around the line (a trailing CRLF from a proxy, say) is harmless; a second line is not.
        var line = raw.Trim();
        if (line.Length == 0)
        {
            throw new KlikooClientException("The reply was empty; Klikoo always answers with an R# line.", raw, status);
        }

        if (line.AsSpan().ContainsAny('\r', '\n'))
        {
            throw new KlikooClientException("The reply holds more than one line; Klikoo answers with exactly one.", raw, status);
        }

        try
        {
            return RLine.Parse(line);
        }
        catch (FormatException ex)
        {
            throw new KlikooClientException(ex.Message, raw, status, ex);
        }
    }
}
