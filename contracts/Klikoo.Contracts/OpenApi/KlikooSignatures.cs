using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Klikoo.Contracts.OpenApi;

/// <summary>
/// The two signatures of Klikoo's Open API (docs/open-api.md#signing), usable without the client: the RSA
/// <em>auth signature</em> of the access-token call and the HMAC-SHA512 <em>digital signature</em> of every other call.
/// </summary>
public static class KlikooSignatures
{
    /// <summary>The path prefix Klikoo's URLs carry and its signatures do not: <c>/klikoo-b2b</c>.</summary>
    public const string PathPrefix = "/klikoo-b2b";

    /// <summary>The hashed payload of a call without a body (every GET): hex SHA-256 of the empty string.</summary>
    public const string EmptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    /// <summary>The text the auth signature signs: <c>client_id + "|" + timestamp</c>.</summary>
    public static string AuthStringToSign(string clientId, string timestamp)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        ArgumentNullException.ThrowIfNull(timestamp);
        return clientId + "|" + timestamp;
    }

    /// <summary>
    /// The auth signature for the access-token call: base64 of SHA256withRSA (RSASSA-PKCS1-v1_5 with SHA-256) over
    /// <see cref="AuthStringToSign"/>. <paramref name="timestamp"/> must be the <c>Open-Api-Timestamp</c> header, byte for byte.
    /// </summary>
    public static string CreateAuthSignature(string clientId, string timestamp, RSA privateKey)
    {
        ArgumentNullException.ThrowIfNull(privateKey);
        var signature = privateKey.SignData(Encoding.UTF8.GetBytes(AuthStringToSign(clientId, timestamp)), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return Convert.ToBase64String(signature);
    }

    /// <summary>Whether <paramref name="signature"/> (base64) is the auth signature of <paramref name="clientId"/> and <paramref name="timestamp"/> under <paramref name="publicKey"/>.</summary>
    public static bool VerifyAuthSignature(string clientId, string timestamp, string signature, RSA publicKey)
    {
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(publicKey);
        var bytes = new byte[signature.Length];
        if (!Convert.TryFromBase64String(signature, bytes, out var length))
        {
            return false;
        }

        return publicKey.VerifyData(Encoding.UTF8.GetBytes(AuthStringToSign(clientId, timestamp)), bytes.AsSpan(0, length), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }

    /// <summary>Lower-case hex SHA-256 of <paramref name="payload"/>'s UTF-8 bytes: the <c>hashed_payload</c> part.</summary>
    public static string HashPayload(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return HashPayload(Encoding.UTF8.GetBytes(payload));
    }

    /// <summary>Lower-case hex SHA-256 of <paramref name="payload"/>: the <c>hashed_payload</c> part.</summary>
    public static string HashPayload(ReadOnlySpan<byte> payload) => Convert.ToHexStringLower(SHA256.HashData(payload));

    /// <summary>
    /// <c>METHOD:PATH:TOKEN:HASHED_PAYLOAD:TIMESTAMP</c>. The method is upper-cased, the path loses a leading
    /// <c>/klikoo-b2b</c> (<see cref="SigningPath"/>), the token is the bare access token (no <c>Bearer </c>).
    /// </summary>
    public static string StringToSign(string method, string path, string token, string hashedPayload, string timestamp)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(hashedPayload);
        ArgumentNullException.ThrowIfNull(timestamp);
        return string.Join(':', method.ToUpperInvariant(), SigningPath(path), token, hashedPayload, timestamp);
    }

    /// <summary>base64(HMAC-SHA512(key = <paramref name="clientSecret"/> as UTF-8, <paramref name="stringToSign"/> as UTF-8)); 88 characters.</summary>
    public static string CreateDigitalSignature(string clientSecret, string stringToSign)
    {
        ArgumentNullException.ThrowIfNull(clientSecret);
        ArgumentNullException.ThrowIfNull(stringToSign);
        return Convert.ToBase64String(HMACSHA512.HashData(Encoding.UTF8.GetBytes(clientSecret), Encoding.UTF8.GetBytes(stringToSign)));
    }

    /// <summary>
    /// The <c>Open-Api-Signature</c> of one call: hashes <paramref name="body"/> exactly as it will be sent (empty for
    /// a GET), builds <see cref="StringToSign"/> and signs it with <paramref name="clientSecret"/>.
    /// </summary>
    public static string SignRequest(string clientSecret, string method, string path, string token, ReadOnlySpan<byte> body, string timestamp) =>
        CreateDigitalSignature(clientSecret, StringToSign(method, path, token, HashPayload(body), timestamp));

    /// <summary>
    /// The path as signed: without a leading <c>/klikoo-b2b</c>, as Klikoo's signature example and public clients do
    /// (<c>/v1/open-api/balance</c> while calling <c>/klikoo-b2b/v1/open-api/balance</c>). A query string is kept if given.
    /// </summary>
    public static string SigningPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.StartsWith(PathPrefix + "/", StringComparison.Ordinal) ? path[PathPrefix.Length..] : path;
    }

    /// <summary>
    /// An <c>Open-Api-Timestamp</c> for <paramref name="instant"/>: Western Indonesian Time with milliseconds and the
    /// offset, <c>2024-02-07T10:29:20.000+07:00</c>, the form Klikoo's examples and public clients use; or without
    /// the milliseconds, <c>2022-03-21T10:11:40+07:00</c>.
    /// </summary>
    public static string FormatTimestamp(DateTimeOffset instant, bool includeMilliseconds = true) =>
        instant.ToOffset(Wib).ToString(includeMilliseconds ? "yyyy-MM-dd'T'HH:mm:ss.fffzzz" : "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
