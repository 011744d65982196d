using System.Text;
using Klikoo.Contracts.Lines;

namespace Klikoo.Emulator.Irs;

/// <summary>
/// Writes an R# line as the whole response: HTTP 200, <c>text/plain; charset=utf-8</c>, one line, no trailing
/// newline (docs/klikoo-interface.md#decisions). Formats on the stack and encodes straight into the response pipe.
/// </summary>
internal static class KlikooReply
{
    public const string ContentType = "text/plain; charset=utf-8";
    private const int StackBufferLength = 256;

    /// <summary>Writes <paramref name="line"/>, formatted on the stack: no string when nothing else needs one.</summary>
    public static Task WriteAsync(HttpResponse response, RLine line)
    {
        var formatter = new RLineFormatter(stackalloc char[StackBufferLength]);
        try
        {
            line.WriteTo(ref formatter);
            Write(response, formatter.Written);
        }
        finally
        {
            formatter.Dispose();
        }

        return response.BodyWriter.FlushAsync(response.HttpContext.RequestAborted).AsTask();
    }

    /// <summary>Writes a line already formatted (for the journal, which keeps the text).</summary>
    public static Task WriteAsync(HttpResponse response, string text)
    {
        Write(response, text);
        return response.BodyWriter.FlushAsync(response.HttpContext.RequestAborted).AsTask();
    }

    private static void Write(HttpResponse response, ReadOnlySpan<char> text)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        response.ContentLength = length;
        var written = Encoding.UTF8.GetBytes(text, response.BodyWriter.GetSpan(length));
        response.BodyWriter.Advance(written);
    }
}
