using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Klikoo.Emulator.OpenApi;

/// <summary>
/// The HMAC key that signs access tokens (docs/open-api.md#the-token-key). Random, from the operating system's
/// cryptographic generator, unless <c>Klikoo:OpenApi:TokenKey</c> pins it: a key derived from anything public (the
/// seed's default) would let anyone mint a token for any client and read its balance and history. With shared
/// state every replica takes the one stored in Redis (<see cref="SharedTokenKey"/>).
/// </summary>
internal sealed class OpenApiTokenKey
{
    public const int Length = 32;

    /// <summary>What <c>Klikoo:OpenApi:TokenKey</c> must be, after its name.</summary>
    public const string Problem = "must be 32 bytes written as 64 hex digits or in base64, e.g. from 'openssl rand -hex 32'.";

    private byte[] _bytes;

    public OpenApiTokenKey(IOptions<OpenApiOptions> options)
    {
        Pinned = TryParse(options.Value.TokenKey, out var pinned) && pinned is not null;
        _bytes = pinned ?? RandomNumberGenerator.GetBytes(Length);
    }

    /// <summary>Whether a setting gives the key; then replicas share it by configuration, not through Redis.</summary>
    public bool Pinned { get; }

    public byte[] Bytes => Volatile.Read(ref _bytes);

    /// <summary>Takes the key the replicas agreed on; at start-up, before any request is served.</summary>
    public void Adopt(byte[] shared) => Volatile.Write(ref _bytes, shared);

    /// <summary>Reads a key written as 64 hex digits or base64 of 32 bytes; an empty text is no key and valid.</summary>
    public static bool TryParse(string? text, out byte[]? key)
    {
        key = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        text = text.Trim();
        if (text.Length == 2 * Length && text.All(char.IsAsciiHexDigit))
        {
            key = Convert.FromHexString(text);
            return true;
        }

        var decoded = new byte[text.Length];
        if (Convert.TryFromBase64String(text, decoded, out var written) && written == Length)
        {
            key = decoded[..Length];
            return true;
        }

        return false;
    }

    /// <summary>A key for the bytes, or null when they are not one (<see cref="TryParse"/>).</summary>
    public static byte[]? ParseOrNull(string? text) => TryParse(text, out var key) ? key : null;
}
