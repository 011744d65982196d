using System.Diagnostics;
using System.Text.Json;
using Klikoo.Contracts.OpenApi;
using Klikoo.Emulator.Clients;
using Klikoo.Emulator.Clock;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Journal;
using Klikoo.Emulator.Transactions;

namespace Klikoo.Emulator.OpenApi;

/// <summary>Klikoo's JSON Open API (docs/open-api.md) under <c>/klikoo-b2b/v1/open-api</c> and <c>/v1/open-api</c>.</summary>
public static class OpenApiEndpoints
{
    private const int MaxBody = 64 * 1024;
    private static readonly string[] Prefixes = ["/klikoo-b2b/v1/open-api", "/v1/open-api"];

    public static IEndpointRouteBuilder MapKlikooOpenApi(this IEndpointRouteBuilder app)
    {
        foreach (var prefix in Prefixes)
        {
            var suffix = prefix == Prefixes[0] ? "" : "WithoutPrefix";
            app.MapPost(prefix + "/access-token", (HttpContext c) => HandleAsync(c, "access-token", AccessToken)).WithName("OpenApiAccessToken" + suffix).ExcludeFromDescription();
            app.MapPost(prefix + "/auth-signature", (HttpContext c) => HandleAsync(c, "auth-signature", AuthSignature)).WithName("OpenApiAuthSignature" + suffix).ExcludeFromDescription();
            app.MapPost(prefix + "/signature", (HttpContext c) => HandleAsync(c, "signature", Signature)).WithName("OpenApiSignature" + suffix).ExcludeFromDescription();
            app.MapGet(prefix + "/balance", (HttpContext c) => HandleAsync(c, "balance", Balance)).WithName("OpenApiBalance" + suffix).ExcludeFromDescription();
            app.MapPost(prefix + "/products", (HttpContext c) => HandleAsync(c, "products", OpenApiCatalogue.Products)).WithName("OpenApiProducts" + suffix).ExcludeFromDescription();
            app.MapPost(prefix + "/products/inquiry", (HttpContext c) => HandleAsync(c, "products/inquiry", OpenApiCatalogue.Inquire)).WithName("OpenApiInquiry" + suffix).ExcludeFromDescription();
            app.MapPost(prefix + "/transactions/inquiry-postpaid", (HttpContext c) => HandleAsync(c, "transactions/inquiry-postpaid", OpenApiCatalogue.InquirePostpaid)).WithName("OpenApiInquiryPostpaid" + suffix).ExcludeFromDescription();
            app.MapPost(prefix + "/products/buy", (HttpContext c) => HandleAsync(c, "products/buy", OpenApiPurchases.Buy)).WithName("OpenApiBuy" + suffix).ExcludeFromDescription();
            app.MapGet(prefix + "/transactions/{transactionId}", (HttpContext c) => HandleAsync(c, "transactions/detail", OpenApiPurchases.Detail)).WithName("OpenApiTransaction" + suffix).ExcludeFromDescription();
            app.MapGet(prefix + "/transactions", (HttpContext c) => HandleAsync(c, "transactions", OpenApiPurchases.History)).WithName("OpenApiTransactions" + suffix).ExcludeFromDescription();
        }

        return app;
    }

    private static async Task HandleAsync(HttpContext context, string operation, Func<HttpContext, byte[], OpenApiAnswer> handle)
    {
        var started = Stopwatch.GetTimestamp();
        OpenApiAnswer answer;
        try
        {
            var body = await ReadAsync(context.Request, context.RequestAborted);
            answer = body is null
                ? OpenApiAnswer.Error(OpenApiStatus.ValidationError, OpenApiService.Auth, $"the body is over {MaxBody} bytes")
                : handle(context, body);
        }
        catch (Exception ex) when (!context.RequestAborted.IsCancellationRequested)
        {
            OpenApiLog.RouteFailed(context.RequestServices.GetRequiredService<ILogger<OpenApiTokens>>(), ex, context.Request.Path);
            answer = OpenApiAnswer.Error(OpenApiStatus.ContactAdmin, OpenApiService.Unknown, "unexpected failure: " + ex.GetType().Name);
        }

        context.Response.StatusCode = answer.Status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer.Body, context.RequestAborted);
        Record(context, operation, answer, Stopwatch.GetElapsedTime(started));
    }

    private static OpenApiAnswer AccessToken(HttpContext context, byte[] body)
    {
        var services = context.RequestServices;
        var check = services.GetRequiredService<OpenApiRequestCheck>();
        if (!TryRead(body, KlikooOpenApiJson.Default.AccessTokenRequest, out var request, out var refusal))
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

        if (!services.GetRequiredService<FixtureStore>().Current.Clients.TryGetValue(clientId, out var account))
        {
            return OpenApiAnswer.Error(OpenApiStatus.CredentialsMismatch, OpenApiService.Auth, "client_id is not in clients.yaml");
        }

        if (!Credentials.Match(request.AdditionalInfo.ClientSecret, account.ClientSecret))
        {
            return OpenApiAnswer.Error(OpenApiStatus.CredentialsMismatch, OpenApiService.Auth, "client_secret is not this client's", clientId);
        }

        var timestamp = context.Request.Headers["Open-Api-Timestamp"].ToString();
        if (!check.TryTimestamp(timestamp, out var late))
        {
            return late! with { ClientId = clientId };
        }

        var signature = context.Request.Headers["Open-Api-Signature"].ToString();
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

        var tokens = services.GetRequiredService<OpenApiTokens>();
        var now = services.GetRequiredService<EmulatorClock>().GetUtcNow();
        var data = new AccessTokenData { AccessToken = tokens.Issue(clientId, timestamp, now), ExpiresIn = tokens.Lifetime };
        return new(200, JsonSerializer.Serialize(
            new OpenApiResponse<AccessTokenData> { ResponseCode = OpenApiStatus.Success.Code(OpenApiService.Auth), ResponseMessage = OpenApiStatus.Success.Message, Data = data },
            KlikooOpenApiJson.Default.OpenApiResponseAccessTokenData), clientId);
    }

    // Testing helper (docs/open-api.md#signing): signs client_id|timestamp with the private key sent, which is never kept.
    private static OpenApiAnswer AuthSignature(HttpContext context, byte[] body)
    {
        if (!TryRead(body, KlikooOpenApiJson.Default.AuthSignatureRequest, out var request, out var refusal))
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
    private static OpenApiAnswer Signature(HttpContext context, byte[] body)
    {
        if (!TryRead(body, KlikooOpenApiJson.Default.SignatureRequest, out var request, out var refusal))
        {
            return refusal;
        }

        if (string.IsNullOrEmpty(request.ClientId) || string.IsNullOrEmpty(request.Method) || string.IsNullOrEmpty(request.Path) || string.IsNullOrEmpty(request.Token) || string.IsNullOrEmpty(request.Timestamp))
        {
            return OpenApiAnswer.Error(OpenApiStatus.FieldEmpty, OpenApiService.Auth, "client_id, method, path, token and timestamp are required");
        }

        var token = context.RequestServices.GetRequiredService<OpenApiTokens>().Check(request.Token, context.RequestServices.GetRequiredService<EmulatorClock>().GetUtcNow());
        if (token.Problem is not null || !string.Equals(token.ClientId, request.ClientId, StringComparison.Ordinal))
        {
            return OpenApiAnswer.Error(token.Expired ? OpenApiStatus.TokenExpired : OpenApiStatus.TokenInvalid, OpenApiService.Auth,
                token.Problem ?? $"the token is {token.ClientId}'s, not {request.ClientId}'s: the helper signs only for the client of the token", token.ClientId);
        }

        if (!context.RequestServices.GetRequiredService<FixtureStore>().Current.Clients.TryGetValue(request.ClientId, out var account))
        {
            return OpenApiAnswer.Error(OpenApiStatus.CredentialsMismatch, OpenApiService.Auth, "client_id is not in clients.yaml");
        }

        var text = KlikooSignatures.StringToSign(request.Method, request.Path, request.Token, KlikooSignatures.EmptyPayloadHash, request.Timestamp);
        return Signed(KlikooSignatures.CreateDigitalSignature(account.ClientSecret, text), account.ClientId);
    }

    private static OpenApiAnswer Balance(HttpContext context, byte[] body)
    {
        var services = context.RequestServices;
        if (!services.GetRequiredService<OpenApiRequestCheck>().TrySigned(context.Request, body, out var account, out var refusal))
        {
            return refusal!;
        }

        var balance = services.GetRequiredService<IClientLedger>().BalanceOf(account!);
        return new(200, JsonSerializer.Serialize(
            new OpenApiResponse<BalanceData> { ResponseCode = OpenApiStatus.Success.Code(OpenApiService.Account), ResponseMessage = OpenApiStatus.Success.Message, Data = new BalanceData { Balance = balance } },
            KlikooOpenApiJson.Default.OpenApiResponseBalanceData), account!.ClientId);
    }

    private static OpenApiAnswer Signed(string signature, string clientId) =>
        new(200, JsonSerializer.Serialize(
            new OpenApiResponse<SignatureData> { ResponseCode = OpenApiStatus.Success.Code(OpenApiService.Auth), ResponseMessage = OpenApiStatus.Success.Message, Data = new SignatureData { Signature = signature } },
            KlikooOpenApiJson.Default.OpenApiResponseSignatureData), clientId);

    internal static bool TryRead<T>(byte[] body, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, out T value, out OpenApiAnswer refusal, OpenApiService service = OpenApiService.Auth)
        where T : class
    {
        refusal = null!;
        try
        {
            if (JsonSerializer.Deserialize(body, type) is { } read)
            {
                value = read;
                return true;
            }
        }
        catch (JsonException ex)
        {
            refusal = OpenApiAnswer.Error(OpenApiStatus.ValidationError, service, $"the body is not the expected JSON: {ex.Message}");
            value = null!;
            return false;
        }

        refusal = OpenApiAnswer.Error(OpenApiStatus.ValidationError, service, "the body is empty or null");
        value = null!;
        return false;
    }

    private static async Task<byte[]?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBody)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    // The journal keeps the answer with any token abbreviated; never the secret, private key or whole token.
    private static void Record(HttpContext context, string operation, OpenApiAnswer answer, TimeSpan elapsed)
    {
        var journal = context.RequestServices.GetRequiredService<RequestJournal>();
        if (!journal.Enabled)
        {
            return;
        }

        var reply = answer.Body;
        var start = reply.IndexOf("\"access_token\":\"", StringComparison.Ordinal);
        if (start >= 0)
        {
            start += 16;
            var end = reply.IndexOf('"', start);
            reply = reply[..start] + OpenApiTokens.Abbreviate(reply[start..end]) + reply[end..];
        }

        journal.Write(new JournalEntry(
            journal.NextId(), context.RequestServices.GetRequiredService<EmulatorClock>().GetUtcNow(), context.Request.Method, "open-api/" + operation,
            context.Request.Path, answer.ClientId, operation == "access-token" ? JournalEntry.Masked : null, null, null,
            answer.Order?.ProductCode, answer.Order?.RefId, answer.Order?.To, answer.Order?.Amount, answer.Order?.SellingPrice,
            reply, elapsed.TotalMilliseconds, null, answer.Diagnosis, journal.Replica));
    }
}
