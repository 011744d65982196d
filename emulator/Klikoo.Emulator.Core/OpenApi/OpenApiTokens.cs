using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Klikoo.Emulator.OpenApi;

/// <summary>
/// HS256 JWT access tokens with the claims of Klikoo's example, in its (alphabetical) order: <c>client_id</c>,
/// <c>exp</c>, <c>timestamp</c>, <c>user_id</c> (docs/open-api.md#assumed-not-documented-by-klikoo). Hand-rolled with
/// <see cref="HMACSHA256"/> rather than Microsoft.IdentityModel: the bytes must match Klikoo's layout exactly (no
/// <c>iat</c>/<c>nbf</c> added), and it keeps the Open API free of reflection-based JSON for Native AOT. The key is
/// the deployment's own (<see cref="OpenApiTokenKey"/>), never derived from a public setting.
/// </summary>
internal sealed class OpenApiTokens(OpenApiTokenKey key, IOptions<OpenApiOptions> options)
{
    private static readonly string Header = Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8);

    public int Lifetime => options.Value.TokenLifetimeSeconds;

    public string Issue(string clientId, string timestamp, DateTimeOffset now)
    {
        var userId = new Guid(SHA256.HashData(Encoding.UTF8.GetBytes("user " + clientId)).AsSpan(0, 16)).ToString();
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("client_id", clientId);
            json.WriteNumber("exp", now.ToUnixTimeSeconds() + Lifetime);
            json.WriteString("timestamp", timestamp);
            json.WriteString("user_id", userId);
            json.WriteEndObject();
        }

        var unsigned = Header + "." + Base64Url.EncodeToString(stream.ToArray());
        return unsigned + "." + Sign(unsigned);
    }

    /// <summary>Reads a token this emulator issued: its client, or why it is refused (expired, or not one of ours).</summary>
    public TokenCheck Check(string token, DateTimeOffset now)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || parts[0] != Header)
        {
            return new(null, false, "the token is not an HS256 JWT issued by this emulator");
        }

        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(parts[0] + "." + parts[1])), Encoding.ASCII.GetBytes(parts[2])))
        {
            return new(null, false, "the token's signature is not this emulator's (issued by another emulator or before a restart without Klikoo:OpenApi:TokenKey, or altered)");
        }

        using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
        var clientId = payload.RootElement.GetProperty("client_id").GetString();
        var expires = DateTimeOffset.FromUnixTimeSeconds(payload.RootElement.GetProperty("exp").GetInt64());
        return expires <= now
            ? new(clientId, true, $"the token expired at {expires:yyyy-MM-dd'T'HH:mm:ss'Z'} (emulator clock {now.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'})")
            : new(clientId, false, null);
    }

    /// <summary>The token shortened for the journal: never the whole value.</summary>
    public static string Abbreviate(string token) => token.Length <= 16 ? "…" : token[..8] + "…" + token[^6..];

    private string Sign(string unsigned) => Base64Url.EncodeToString(HMACSHA256.HashData(key.Bytes, Encoding.ASCII.GetBytes(unsigned)));
}

/// <summary>The outcome of reading a token: the client it names, whether it expired, and the problem if refused.</summary>
internal sealed record TokenCheck(string? ClientId, bool Expired, string? Problem);
