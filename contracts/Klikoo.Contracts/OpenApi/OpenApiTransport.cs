using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Klikoo.Contracts.OpenApi;

/// <summary>
/// Sends one Open API request and reads the answer within the client's timeout and size limit: Klikoo's envelope,
/// or a <see cref="KlikooOpenApiException"/> saying what came back instead.
/// </summary>
internal static class OpenApiTransport
{
    public static async Task<(HttpStatusCode Status, string Raw, TResponse? Response)> ReadAsync<TResponse>(
        HttpClient httpClient, KlikooOpenApiClientOptions options, HttpRequestMessage message, JsonTypeInfo<TResponse> typeInfo, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        try
        {
            using var response = await httpClient.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var raw = await ReadBodyAsync(response, options.MaxResponseBytes, timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                var error = TryParse(raw, KlikooOpenApiJson.Default.OpenApiResponseNullableJsonElement);
                var summary = error is null ? $"HTTP {(int)response.StatusCode} without Klikoo's envelope." : $"HTTP {(int)response.StatusCode} {error.ResponseCode} {error.ResponseMessage}";
                throw new KlikooOpenApiException(summary, response.StatusCode, error?.ResponseCode, error?.ResponseMessage, raw);
            }

            var parsed = TryParse(raw, typeInfo);
            return parsed is null
                ? throw new KlikooOpenApiException($"HTTP {(int)response.StatusCode} but the body is not Klikoo's envelope.", response.StatusCode, null, null, raw)
                : (response.StatusCode, raw, parsed);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new KlikooOpenApiException($"No response within {options.Timeout.TotalSeconds:0.###} s.", null, null, null, null, ex);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            throw new KlikooOpenApiException($"The call failed: {ex.Message}", null, null, null, null, ex);
        }
    }

    private static async Task<string> ReadBodyAsync(HttpResponseMessage response, int maxBytes, CancellationToken cancellationToken)
    {
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    throw new KlikooOpenApiException($"The response is over the {maxBytes}-byte limit.", response.StatusCode, null, null, Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
                }

                buffer.Write(chunk, 0, read);
            }

            return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
    }

    private static T? TryParse<T>(string raw, JsonTypeInfo<T> typeInfo)
    {
        try
        {
            return JsonSerializer.Deserialize(raw, typeInfo);
        }
        catch (JsonException)
        {
            return default;
        }
    }
}
