using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Klikoo.Contracts.OpenApi;

/// <summary>
/// Klikoo's <c>minifyJSON(payload)</c> (docs/open-api.md#signing). Klikoo documents the step without saying how it
/// orders keys, so a verifier accepts every <see cref="PayloadForm"/> and a signer picks one and sends those bytes.
/// </summary>
/// <remarks>Tokens keep their text as sent (escapes, number spelling): only whitespace and key order change.</remarks>
public static class KlikooPayload
{
    /// <summary>How deep objects and arrays may nest before a body is no longer treated as JSON.</summary>
    public const int MaxDepth = 64;

    /// <summary>The body without insignificant whitespace, or <see langword="null"/> when it is not JSON.</summary>
    public static byte[]? Minify(ReadOnlySpan<byte> body) => Rewrite(body, sortKeys: false);

    /// <summary>The body minified with object keys sorted recursively, or <see langword="null"/> when it is not JSON.</summary>
    public static byte[]? MinifySortedKeys(ReadOnlySpan<byte> body) => Rewrite(body, sortKeys: true);

    /// <summary>
    /// Every candidate <c>hashed_payload</c> of <paramref name="body"/>, <see cref="PayloadForm.Raw"/> first; one entry
    /// only when the body is empty or not JSON. Forms giving the same hash are all listed.
    /// </summary>
    public static IReadOnlyList<PayloadHash> Hashes(ReadOnlySpan<byte> body)
    {
        var hashes = new List<PayloadHash>(3) { new(PayloadForm.Raw, KlikooSignatures.HashPayload(body)) };
        if (Minify(body) is { } minified)
        {
            hashes.Add(new(PayloadForm.Minified, KlikooSignatures.HashPayload(minified)));
            hashes.Add(new(PayloadForm.SortedKeys, KlikooSignatures.HashPayload(MinifySortedKeys(body)!)));
        }

        return hashes;
    }

    private static byte[]? Rewrite(ReadOnlySpan<byte> body, bool sortKeys)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        JsonDocument document;
        try
        {
            // JsonDocument.Parse copies the span's bytes; the options are RFC 8259 strict (no comments, no trailing commas).
            document = JsonDocument.Parse(body.ToArray(), new JsonDocumentOptions { MaxDepth = MaxDepth });
        }
        catch (JsonException)
        {
            return null;
        }

        using (document)
        {
            var output = new ArrayBufferWriter<byte>(body.Length);
            Write(document.RootElement, output, sortKeys);
            return output.WrittenSpan.ToArray();
        }
    }

    private static void Write(JsonElement element, ArrayBufferWriter<byte> output, bool sortKeys)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var properties = element.EnumerateObject().ToList();
                if (sortKeys)
                {
                    // Stable, so duplicate keys keep their order; ordinal by UTF-8 bytes as Go compares strings.
                    properties = [.. properties.OrderBy(p => p.Name, Utf8Ordinal.Instance)];
                }

                output.Write("{"u8);
                for (var i = 0; i < properties.Count; i++)
                {
                    if (i > 0)
                    {
                        output.Write(","u8);
                    }

                    output.Write("\""u8);
                    output.Write(JsonMarshal.GetRawUtf8PropertyName(properties[i]));
                    output.Write("\":"u8);
                    Write(properties[i].Value, output, sortKeys);
                }

                output.Write("}"u8);
                break;
            case JsonValueKind.Array:
                output.Write("["u8);
                var first = true;
                foreach (var item in element.EnumerateArray())
                {
                    if (!first)
                    {
                        output.Write(","u8);
                    }

                    first = false;
                    Write(item, output, sortKeys);
                }

                output.Write("]"u8);
                break;
            default:
                output.Write(JsonMarshal.GetRawUtf8Value(element));
                break;
        }
    }

    private sealed class Utf8Ordinal : IComparer<string>
    {
        public static readonly Utf8Ordinal Instance = new();

        // UTF-16 ordinal order differs from UTF-8 byte order only between surrogate pairs and U+E000..U+FFFF.
        public int Compare(string? x, string? y) =>
            Encoding.UTF8.GetBytes(x ?? "").AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(y ?? ""));
    }
}
