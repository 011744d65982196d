// These handlers read no shared state, so they have nothing to await; they keep the one shape every Open API handler
// has (an awaitable answer), which the route table and its filters take.
#pragma warning disable CS1998
using System.Text.Json;
using Klikoo.Contracts.OpenApi;
using Klikoo.Emulator.Clients;

namespace Klikoo.Emulator.OpenApi;

/// <summary>
/// The Open API's auth service (<c>01</c>, docs/open-api.md#signing): the access token, and the two testing helpers
/// that sign for a partner.
/// </summary>
internal static class OpenApiAuth
{
    public static async ValueTask<OpenApiAnswer> AccessTokenAsync(OpenApiBody body, HttpRequest http, [AsParameters] OpenApiAuthServices services)
    {
        if (!body.TryRead(KlikooOpenApiJson.Default.AccessTokenRequest, OpenApiService.Auth, out var request, out var refusal))
        {
            return refusal;
        }

        if (!string.Equals(request.GrantType, "client_credentials", StringComparison.Ordinal))
        {
            return OpenApiAnswer.Error(OpenApiStatus.GrantTypeMismatch, OpenApiService.Auth, $"grant_type is '{request.GrantType}', not client_credentials");
        }

        var clientId = request.AdditionalInfo?.ClientId;
        if (string.IsNullOrEmpty(clientId) || string.IsNullOrEmpty(request.AdditionalInfo?.ClientSecret))
        {
            return OpenApiAnswer.Error(OpenApiStatus.FieldEmpty, OpenApiService.Auth, "additional_info.client_id and additional_info.client_secret are required");
        }

        if (!services.Fixtures.Current.Clients.TryGetValue(clientId, out var account))
        {
            return OpenApiAnswer.Error(OpenApiStatus.CredentialsMismatch, OpenApiService.Auth, "client_id is not in clients.yaml");
        }

        if (!Credentials.Match(request.AdditionalInfo.ClientSecret, account.ClientSecret))
        {
            return OpenApiAnswer.Error(OpenApiStatus.CredentialsMismatch, OpenApiService.Auth, "client_secret is not this client's", clientId);
        }

        var timestamp = http.Headers["Open-Api-Timestamp"].ToString();
        if (!services.Check.TryTimestamp(timestamp, out var late))
        {
            return late with { ClientId = clientId };
        }

        var signature = http.Headers["Open-Api-Signature"].ToString();
        if (account.PublicKey is null)
        {
            return OpenApiAnswer.Error(OpenApiStatus.SignatureMismatch, OpenApiService.Auth, "this client has no publicKey in clients.yaml to check the auth signature with", clientId);
        }

        using (var key = KlikooRsaKeys.ImportPublicKey(account.PublicKey))
        {
            if (!KlikooSignatures.VerifyAuthSignature(clientId, timestamp, signature, key))
            {
                var size = Convert.TryFromBase64String(signature, new byte[signature.Length], out var length) ? $"{length} bytes" : "not base64";
                return OpenApiAnswer.Error(OpenApiStatus.SignatureMismatch, OpenApiService.Auth,
                    $"auth signature did not verify with the registered publicKey: expected SHA256withRSA over '{clientId}|{timestamp}' (the Open-Api-Timestamp header); the signature sent is {size}" +
                    (length == 64 ? " (an HMAC-sized value, not an RSA signature)" : ""), clientId);
            }
        }

        var data = new AccessTokenData { AccessToken = services.Tokens.Issue(clientId, timestamp, services.Clock.GetUtcNow()), ExpiresIn = services.Tokens.Lifetime };
        return new(200, JsonSerializer.Serialize(
            new OpenApiResponse<AccessTokenData> { ResponseCode = OpenApiStatus.Success.Code(OpenApiService.Auth), ResponseMessage = OpenApiStatus.Success.Message, Data = data },
            KlikooOpenApiJson.Default.OpenApiResponseAccessTokenData), clientId);
    }

    // Testing helper (docs/open-api.md#signing): signs client_id|timestamp with the private key sent, which is never kept.
    public static async ValueTask<OpenApiAnswer> AuthSignatureAsync(OpenApiBody body)
    {
        if (!body.TryRead(KlikooOpenApiJson.Default.AuthSignatureRequest, OpenApiService.Auth, out var request, out var refusal))
        {
            return refusal;
        }

        if (string.IsNullOrEmpty(request.ClientId) || string.IsNullOrEmpty(request.Timestamp) || string.IsNullOrEmpty(request.PrivateKey))
        {
            return OpenApiAnswer.Error(OpenApiStatus.FieldEmpty, OpenApiService.Auth, "client_id, timestamp and private_key are required");
        }

        if (!KlikooRsaKeys.TryImportPrivateKey(request.PrivateKey, out var key, out var problem))
        {
            return OpenApiAnswer.Error(OpenApiStatus.ValidationError, OpenApiService.Auth, "private_key is not usable: " + problem, request.ClientId);
        }

        using (key)
        {
            return Signed(KlikooSignatures.CreateAuthSignature(request.ClientId, request.Timestamp, key), request.ClientId);
        }
    }

    // Testing helper: the digital signature of a body-less call, with the client's registered secret. Only for the
    // client of a valid token this emulator issued: a client_id alone would let anyone sign as anyone.
    public static async ValueTask<OpenApiAnswer> SignatureAsync(OpenApiBody body, [AsParameters] OpenApiAuthServices services)
    {
        if (!body.TryRead(KlikooOpenApiJson.Default.SignatureRequest, OpenApiService.Auth, out var request, out var refusal))
        {
            return refusal;
        }

        if (string.IsNullOrEmpty(request.ClientId) || string.IsNullOrEmpty(request.Method) || string.IsNullOrEmpty(request.Path) || string.IsNullOrEmpty(request.Token) || string.IsNullOrEmpty(request.Timestamp))
        {
            return OpenApiAnswer.Error(OpenApiStatus.FieldEmpty, OpenApiService.Auth, "client_id, method, path, token and timestamp are required");
        }

        var token = services.Tokens.Check(request.Token, services.Clock.GetUtcNow());
        if (token.Problem is not null || !string.Equals(token.ClientId, request.ClientId, StringComparison.Ordinal))
        {
            return OpenApiAnswer.Error(token.Expired ? OpenApiStatus.TokenExpired : OpenApiStatus.TokenInvalid, OpenApiService.Auth,
                token.Problem ?? $"the token is {token.ClientId}'s, not {request.ClientId}'s: the helper signs only for the client of the token", token.ClientId);
        }

        if (!services.Fixtures.Current.Clients.TryGetValue(request.ClientId, out var account))
        {
            return OpenApiAnswer.Error(OpenApiStatus.CredentialsMismatch, OpenApiService.Auth, "client_id is not in clients.yaml");
        }

        var text = KlikooSignatures.StringToSign(request.Method, request.Path, request.Token, KlikooSignatures.EmptyPayloadHash, request.Timestamp);
        return Signed(KlikooSignatures.CreateDigitalSignature(account.ClientSecret, text), account.ClientId);
    }

    private static OpenApiAnswer Signed(string signature, string clientId) =>
        new(200, JsonSerializer.Serialize(
            new OpenApiResponse<SignatureData> { ResponseCode = OpenApiStatus.Success.Code(OpenApiService.Auth), ResponseMessage = OpenApiStatus.Success.Message, Data = new SignatureData { Signature = signature } },
            KlikooOpenApiJson.Default.OpenApiResponseSignatureData), clientId);
}
