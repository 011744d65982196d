using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Klikoo.Contracts.OpenApi;

/// <summary>
/// A client for Klikoo's JSON Open API (docs/open-api.md). Takes any <see cref="HttpClient"/>, so
/// <c>IHttpClientFactory</c> and <c>WebApplicationFactory.CreateClient()</c> both plug in. It fetches and caches the
/// access token (RSA auth signature) until shortly before <c>expires_in</c>, signs every call (HMAC-SHA512 digital
/// signature over the exact bytes it sends) and returns typed results; a non-2xx answer throws
/// <see cref="KlikooOpenApiException"/> carrying Klikoo's <c>response_code</c>.
/// </summary>
/// <remarks>
/// Its operations are virtual and it has a protected parameterless constructor, as the Azure SDK's clients do, so a
/// partner's unit tests can stand in a subclass or a mocking library's fake. One instance is safe to share.
/// </remarks>
[SuppressMessage("Design", "CA1001", Justification = "The token gate's SemaphoreSlim never allocates a wait handle (AvailableWaitHandle is not used), so there is nothing to dispose.")]
public class KlikooOpenApiClient
{
    private const string OpenApi = "/v1/open-api/";

    private readonly HttpClient _httpClient = null!;
    private readonly KlikooOpenApiClientOptions _options = null!;
    private readonly SemaphoreSlim _tokenGate = new(1, 1);
    private CachedToken? _token;

    /// <summary>For mocking in unit tests only: a client made this way sends nothing unless its operations are overridden.</summary>
    protected KlikooOpenApiClient()
    {
    }

    /// <summary>Creates a client; relative URLs resolve against <paramref name="httpClient"/>'s base address.</summary>
    /// <exception cref="FormatException"><see cref="KlikooOpenApiClientOptions.PrivateKey"/> is not a PKCS#8 RSA key.</exception>
    public KlikooOpenApiClient(HttpClient httpClient, KlikooOpenApiClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        KlikooRsaKeys.ImportPrivateKey(options.PrivateKey).Dispose();
        _httpClient = httpClient;
        _options = options;
    }

    /// <summary>Asks for a new access token (<c>POST access-token</c>) and caches it for the signed calls.</summary>
    /// <exception cref="KlikooOpenApiException">Klikoo refused it (<c>401016570</c>, <c>400016508</c>, ...) or no envelope came back.</exception>
    public virtual async Task<OpenApiResult<AccessTokenData>> RequestAccessTokenAsync(CancellationToken cancellationToken = default)
    {
        var now = _options.TimeProvider.GetUtcNow();
        var timestamp = Timestamp(now);
        string signature;
        using (var key = KlikooRsaKeys.ImportPrivateKey(_options.PrivateKey))
        {
            signature = KlikooSignatures.CreateAuthSignature(_options.ClientId, timestamp, key);
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(
            new AccessTokenRequest { AdditionalInfo = new AccessTokenCredentials { ClientId = _options.ClientId, ClientSecret = _options.ClientSecret } },
            KlikooOpenApiJson.Default.AccessTokenRequest);
        using var message = Message(HttpMethod.Post, OpenApi + "access-token", body, timestamp, signature, token: null);
        var result = await SendAsync(message, KlikooOpenApiJson.Default.OpenApiResponseAccessTokenData, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(result.Data.AccessToken))
        {
            throw new KlikooOpenApiException("The access-token response carried no access_token.", result.StatusCode, result.ResponseCode, result.ResponseMessage, null);
        }

        var lifetime = TimeSpan.FromSeconds(Math.Max(0, result.Data.ExpiresIn)) - _options.TokenRefreshMargin;
        _token = new CachedToken(result.Data.AccessToken, now + (lifetime > TimeSpan.Zero ? lifetime : TimeSpan.Zero));
        return result;
    }

    /// <summary>The deposit left (<c>GET balance</c>).</summary>
    /// <exception cref="KlikooOpenApiException">Klikoo refused the call or no envelope came back.</exception>
    public virtual Task<OpenApiResult<BalanceData>> GetBalanceAsync(CancellationToken cancellationToken = default) =>
        SignedAsync(HttpMethod.Get, "balance", null, null, KlikooOpenApiJson.Default.OpenApiResponseBalanceData, cancellationToken);

    /// <summary>One page of the price list (<c>POST products</c>).</summary>
    /// <exception cref="KlikooOpenApiException">Klikoo refused the call or no envelope came back.</exception>
    public virtual async Task<OpenApiPage<ProductData>> GetProductsAsync(ProductListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = JsonSerializer.SerializeToUtf8Bytes(request, KlikooOpenApiJson.Default.ProductListRequest);
        return await SignedPageAsync(HttpMethod.Post, "products", null, body, KlikooOpenApiJson.Default.OpenApiPagedResponseProductData, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The price and customer behind a destination (<c>POST products/inquiry</c>).</summary>
    /// <exception cref="KlikooOpenApiException">Klikoo refused the call (<c>404027011</c> for a wrong number, ...) or no envelope came back.</exception>
    public virtual Task<OpenApiResult<InquiryData>> InquireAsync(ProductInquiryRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = JsonSerializer.SerializeToUtf8Bytes(request, KlikooOpenApiJson.Default.ProductInquiryRequest);
        return SignedAsync(HttpMethod.Post, "products/inquiry", null, body, KlikooOpenApiJson.Default.OpenApiResponseInquiryData, cancellationToken);
    }

    /// <summary>Buys a product (<c>POST products/buy</c>, 201 <c>201022001</c>); the final state follows by callback or <see cref="GetTransactionAsync"/>.</summary>
    /// <exception cref="KlikooOpenApiException">Klikoo refused the buy (<c>409026563</c> for a reference already used, ...) or no envelope came back.</exception>
    public virtual Task<OpenApiResult<TransactionData>> BuyAsync(ProductBuyRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = JsonSerializer.SerializeToUtf8Bytes(request, KlikooOpenApiJson.Default.ProductBuyRequest);
        return SignedAsync(HttpMethod.Post, "products/buy", null, body, KlikooOpenApiJson.Default.OpenApiResponseTransactionData, cancellationToken);
    }

    /// <summary>A postpaid bill: periods, admin and late fees and the total to pay (<c>POST transactions/inquiry-postpaid</c>); pay it with <see cref="BuyAsync"/>, <c>amount</c> the total.</summary>
    /// <exception cref="KlikooOpenApiException">Klikoo refused the inquiry (<c>404027002</c> no such customer, <c>404027012</c> last instalment, ...) or no envelope came back.</exception>
    public virtual Task<OpenApiResult<PostpaidBillData>> InquirePostpaidAsync(PostpaidInquiryRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = JsonSerializer.SerializeToUtf8Bytes(request, KlikooOpenApiJson.Default.PostpaidInquiryRequest);
        return SignedAsync(HttpMethod.Post, "transactions/inquiry-postpaid", null, body, KlikooOpenApiJson.Default.OpenApiResponsePostpaidBillData, cancellationToken);
    }

    /// <summary>A transaction's current state (<c>GET transactions/{transaction_id}</c>).</summary>
    /// <exception cref="KlikooOpenApiException">Unknown id (<c>404027005</c>) or no envelope came back.</exception>
    public virtual Task<OpenApiResult<TransactionData>> GetTransactionAsync(string transactionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(transactionId);
        return SignedAsync(HttpMethod.Get, "transactions/" + Uri.EscapeDataString(transactionId), null, null, KlikooOpenApiJson.Default.OpenApiResponseTransactionData, cancellationToken);
    }

    /// <summary>One page of the transaction history (<c>GET transactions?page=...</c>).</summary>
    /// <exception cref="KlikooOpenApiException">Klikoo refused the call or no envelope came back.</exception>
    public virtual Task<OpenApiPage<TransactionHistoryItem>> GetTransactionsAsync(TransactionHistoryQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return SignedPageAsync(HttpMethod.Get, "transactions", query.ToString(), null, KlikooOpenApiJson.Default.OpenApiPagedResponseTransactionHistoryItem, cancellationToken);
    }

    private async Task<OpenApiResult<T>> SignedAsync<T>(
        HttpMethod method, string operation, string? query, byte[]? body, JsonTypeInfo<OpenApiResponse<T>> typeInfo, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var token = await TokenAsync(cancellationToken).ConfigureAwait(false);
            using var message = SignedMessage(method, operation, query, body, token);
            try
            {
                return await SendAsync(message, typeInfo, cancellationToken).ConfigureAwait(false);
            }
            catch (KlikooOpenApiException ex) when (attempt == 0 && Unauthorized(ex, token))
            {
                // A token the server no longer takes (expired early, server restarted): one retry with a new one.
            }
        }
    }

    private async Task<OpenApiPage<T>> SignedPageAsync<T>(
        HttpMethod method, string operation, string? query, byte[]? body, JsonTypeInfo<OpenApiPagedResponse<T>> typeInfo, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var token = await TokenAsync(cancellationToken).ConfigureAwait(false);
            using var message = SignedMessage(method, operation, query, body, token);
            try
            {
                var (status, raw, page) = await OpenApiTransport.ReadAsync(_httpClient, _options, message, typeInfo, cancellationToken).ConfigureAwait(false);
                return page is { Meta: { } meta, Data: { } items }
                    ? new OpenApiPage<T>(status, page.ResponseCode, page.ResponseMessage, meta, items)
                    : throw new KlikooOpenApiException("The response had no meta or data.", status, page?.ResponseCode, page?.ResponseMessage, raw);
            }
            catch (KlikooOpenApiException ex) when (attempt == 0 && Unauthorized(ex, token))
            {
            }
        }
    }

    private bool Unauthorized(KlikooOpenApiException exception, string token)
    {
        if (exception.StatusCode != HttpStatusCode.Unauthorized)
        {
            return false;
        }

        Interlocked.CompareExchange(ref _token, null, _token is { } cached && cached.Value == token ? cached : null);
        return true;
    }

    private async Task<string> TokenAsync(CancellationToken cancellationToken)
    {
        if (Fresh(_token) is { } token)
        {
            return token;
        }

        await _tokenGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return Fresh(_token) ?? (await RequestAccessTokenAsync(cancellationToken).ConfigureAwait(false)).Data.AccessToken;
        }
        finally
        {
            _tokenGate.Release();
        }
    }

    private string? Fresh(CachedToken? token) =>
        token is not null && _options.TimeProvider.GetUtcNow() < token.RefreshAt ? token.Value : null;

    private HttpRequestMessage SignedMessage(HttpMethod method, string operation, string? query, byte[]? body, string token)
    {
        var path = OpenApi + operation;
        var timestamp = Timestamp(_options.TimeProvider.GetUtcNow());
        // GET hashes the empty string (docs/open-api.md#signing); the path is signed without the query string.
        var signature = KlikooSignatures.SignRequest(_options.ClientSecret, method.Method, path, token, body ?? [], timestamp);
        return Message(method, query is null ? path : path + "?" + query, body, timestamp, signature, token);
    }

    private HttpRequestMessage Message(HttpMethod method, string path, byte[]? body, string timestamp, string signature, string? token)
    {
        var message = new HttpRequestMessage(method, new Uri(_options.PathPrefix.TrimEnd('/') + path, UriKind.RelativeOrAbsolute));
        message.Headers.TryAddWithoutValidation("Open-Api-Timestamp", timestamp);
        message.Headers.TryAddWithoutValidation("Open-Api-Signature", signature);
        if (token is not null)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            message.Content = new ByteArrayContent(body);
            message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        return message;
    }

    private string Timestamp(DateTimeOffset now) => KlikooSignatures.FormatTimestamp(now, _options.TimestampMilliseconds);

    private async Task<OpenApiResult<T>> SendAsync<T>(HttpRequestMessage message, JsonTypeInfo<OpenApiResponse<T>> typeInfo, CancellationToken cancellationToken)
    {
        var (status, raw, response) = await OpenApiTransport.ReadAsync(_httpClient, _options, message, typeInfo, cancellationToken).ConfigureAwait(false);
        return response is { Data: { } data }
            ? new OpenApiResult<T>(status, response.ResponseCode, response.ResponseMessage, data)
            : throw new KlikooOpenApiException("The response had no data.", status, response?.ResponseCode, response?.ResponseMessage, raw);
    }

    private sealed record CachedToken(string Value, DateTimeOffset RefreshAt);
}
