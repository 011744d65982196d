using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Klikoo.Contracts.OpenApi;

namespace Klikoo.Emulator.OpenApi;

/// <summary>
/// A request's body as read by <see cref="OpenApiBodyFilter"/> or <see cref="OpenApiSignatureFilter"/>: at most
/// <see cref="MaxBytes"/>, however it is framed. A handler takes it as a parameter; parameters are bound before endpoint
/// filters run, so it is bound to a placeholder that the route's filter replaces, and a route mapped without that filter
/// fails on the first read (500, in the journal) rather than answering from an unread body.
/// </summary>
internal sealed class OpenApiBody : IBindableFromHttpContext<OpenApiBody>
{
    public const int MaxBytes = 64 * 1024;

    private static readonly OpenApiBody Unread = new();
    private readonly byte[]? _bytes;

    public OpenApiBody(byte[] bytes) => _bytes = bytes;

    private OpenApiBody()
    {
    }

    public byte[] Bytes => _bytes ?? throw new InvalidOperationException("this route has no OpenApiBodyFilter or OpenApiSignatureFilter: its body was never read");

    public static ValueTask<OpenApiBody?> BindAsync(HttpContext context, ParameterInfo parameter) => ValueTask.FromResult<OpenApiBody?>(Unread);

    /// <summary>The body read as <typeparamref name="T"/>, or the Validasi Error naming why not.</summary>
    public bool TryRead<T>(JsonTypeInfo<T> type, OpenApiService service, [NotNullWhen(true)] out T? value, [NotNullWhen(false)] out OpenApiAnswer? refusal)
        where T : class
    {
        value = null;
        refusal = null;
        try
        {
            value = JsonSerializer.Deserialize(Bytes, type);
        }
        catch (JsonException ex)
        {
            refusal = OpenApiAnswer.Error(OpenApiStatus.ValidationError, service, $"the body is not the expected JSON: {ex.Message}");
            return false;
        }

        refusal = value is null ? OpenApiAnswer.Error(OpenApiStatus.ValidationError, service, "the body is empty or null") : null;
        return value is not null;
    }

    // At most MaxBytes, whether announced by Content-Length or sent chunked; Kestrel's own limit (1 MiB,
    // EmulatorHosting) refused the same way, so a body too large is one answer however it is framed.
    public static async Task<(OpenApiBody? Body, string? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var tooLarge = $"the body is over {MaxBytes} bytes";
        if (request.ContentLength > MaxBytes)
        {
            return (null, $"{tooLarge} (Content-Length {request.ContentLength})");
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > MaxBytes)
                {
                    return (null, tooLarge);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex)
        {
            return (null, ex.StatusCode == StatusCodes.Status413PayloadTooLarge ? tooLarge : "the body could not be read: " + ex.Message);
        }

        return (new OpenApiBody(buffer.ToArray()), null);
    }
}
