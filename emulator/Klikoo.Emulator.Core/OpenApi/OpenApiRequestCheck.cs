using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Klikoo.Contracts.OpenApi;
using Klikoo.Emulator.Clients;
using Klikoo.Emulator.Clock;
using Klikoo.Emulator.Fixtures;
using Microsoft.Extensions.Options;

namespace Klikoo.Emulator.OpenApi;

/// <summary>
/// The checks every signed Open API call passes (docs/open-api.md#signing): bearer token, timestamp, then the HMAC
/// digital signature over any accepted body-hash form. A refusal names the exact check and, for a signature, what was
/// expected (token abbreviated) and the near miss found; never the secret.
/// </summary>
internal sealed partial class OpenApiRequestCheck(FixtureStore fixtures, OpenApiTokens tokens, IOptions<OpenApiOptions> options, EmulatorClock clock)
{
    public bool TryTimestamp(string? header, [NotNullWhen(false)] out OpenApiAnswer? refusal)
    {
        refusal = null;
        if (string.IsNullOrEmpty(header))
        {
            refusal = OpenApiAnswer.Error(OpenApiStatus.FieldEmpty, OpenApiService.Auth, "the Open-Api-Timestamp header is missing (spelled with hyphens, not 'Open-Api Timestamp')");
            return false;
        }

        if (!Rfc3339().IsMatch(header) || !DateTimeOffset.TryParse(header, CultureInfo.InvariantCulture, DateTimeStyles.None, out var sent))
        {
            refusal = OpenApiAnswer.Error(OpenApiStatus.TimeMismatch, OpenApiService.Auth, $"Open-Api-Timestamp '{header}' is not RFC 3339 with an offset, e.g. 2024-02-07T10:29:20.000+07:00");
            return false;
        }

        var now = clock.GetUtcNow();
        if ((sent - now).Duration() > options.Value.TimestampSkew)
        {
            refusal = OpenApiAnswer.Error(OpenApiStatus.TimeMismatch, OpenApiService.Auth, $"Open-Api-Timestamp {header} is {(sent - now).TotalSeconds:0} s from the emulator clock {KlikooSignatures.FormatTimestamp(now)}; allowed ±{options.Value.TimestampSkew.TotalSeconds:0} s (Klikoo:OpenApi:TimestampSkew)");
            return false;
        }

        return true;
    }

    /// <summary>Checks token, timestamp and digital signature; the partner account on success.</summary>
    public bool TrySigned(HttpRequest request, byte[] body, [NotNullWhen(true)] out ClientAccount? account, [NotNullWhen(false)] out OpenApiAnswer? refusal)
    {
        account = null;
        var authorization = request.Headers.Authorization.ToString();
        if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || authorization.Length <= 7)
        {
            refusal = OpenApiAnswer.Error(OpenApiStatus.TokenInvalid, OpenApiService.Auth, "no 'Authorization: Bearer <access_token>' header");
            return false;
        }

        var token = authorization[7..].Trim();
        var check = tokens.Check(token, clock.GetUtcNow());
        if (check.Problem is not null || check.ClientId is null || !fixtures.Current.Clients.TryGetValue(check.ClientId, out var found))
        {
            refusal = OpenApiAnswer.Error(check.Expired ? OpenApiStatus.TokenExpired : OpenApiStatus.TokenInvalid, OpenApiService.Auth, check.Problem ?? "the token's client is no longer in clients.yaml", check.ClientId);
            return false;
        }

        var timestamp = request.Headers["Open-Api-Timestamp"].ToString();
        if (!TryTimestamp(timestamp, out refusal))
        {
            refusal = refusal with { ClientId = found.ClientId };
            return false;
        }

        var signature = request.Headers["Open-Api-Signature"].ToString();
        var method = request.Method.ToUpperInvariant();
        var path = KlikooSignatures.SigningPath(request.Path.ToString());
        var paths = request.QueryString.HasValue ? new[] { path, path + request.QueryString.Value } : [path];
        var hashes = body.Length == 0 ? [new PayloadHash(PayloadForm.Raw, KlikooSignatures.EmptyPayloadHash)] : KlikooPayload.Hashes(body);
        foreach (var m in new[] { method, request.Method.ToLowerInvariant() })
        {
            foreach (var p in paths)
            {
                foreach (var hash in hashes)
                {
                    var text = string.Join(':', m, p, token, hash.Hash, timestamp);
                    if (Same(signature, KlikooSignatures.CreateDigitalSignature(found.ClientSecret, text)))
                    {
                        account = found;
                        refusal = null;
                        return true;
                    }
                }
            }
        }

        refusal = OpenApiAnswer.Error(OpenApiStatus.SignatureMismatch, OpenApiService.Auth, Explain(found, signature, method, path, token, hashes, timestamp), found.ClientId);
        return false;
    }

    // Which single change would have made the signature match, tried in the order integrators get wrong.
    private static string Explain(ClientAccount account, string signature, string method, string path, string token, IReadOnlyList<PayloadHash> hashes, string timestamp)
    {
        var expected = string.Join(':', method, path, OpenApiTokens.Abbreviate(token), hashes[^1].Hash, timestamp);
        var computed = string.Join(", ", hashes.Select(h => $"{h.Form} {h.Hash[..12]}…"));
        string? cause = null;
        if (string.IsNullOrEmpty(signature))
        {
            cause = "the Open-Api-Signature header is missing";
        }
        else if (Matches(account, signature, method, KlikooSignatures.PathPrefix + path, token, hashes, timestamp))
        {
            cause = "the path was signed with /klikoo-b2b; sign it without";
        }
        else if (Matches(account, signature, method, path, token, [new(PayloadForm.Raw, KlikooSignatures.HashPayload("{}"))], timestamp))
        {
            cause = "the body was hashed as \"{}\"; a GET hashes the empty string";
        }
        else if (Matches(account, signature, method, path, token, [new(PayloadForm.Raw, KlikooSignatures.EmptyPayloadHash)], timestamp) && hashes[0].Hash != KlikooSignatures.EmptyPayloadHash)
        {
            cause = "the empty string was hashed, not the body sent";
        }
        else if (Matches(account, signature, method, path, "Bearer " + token, hashes, timestamp))
        {
            cause = "the token was signed with its 'Bearer ' prefix; sign the bare token";
        }

        return $"digital signature did not match: {cause ?? "no accepted form matched (secret, token, body or timestamp differ from what was signed)"}. " +
            $"Expected string_to_sign {expected}; body hashes computed: {computed}; timestamp header {timestamp}";
    }

    private static bool Matches(ClientAccount account, string signature, string method, string path, string token, IReadOnlyList<PayloadHash> hashes, string timestamp) =>
        hashes.Any(h => Same(signature, KlikooSignatures.CreateDigitalSignature(account.ClientSecret, string.Join(':', method, path, token, h.Hash, timestamp))));

    private static bool Same(string sent, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(sent), Encoding.ASCII.GetBytes(expected));

    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?(Z|[+-]\d\d:\d\d)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Rfc3339();
}
