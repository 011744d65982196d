using System.Globalization;
using System.Net;
using System.Text;
using Klikoo.Contracts.Lines;
using Klikoo.Contracts.Otomax;

namespace Klikoo.Contracts.Client;

/// <summary>
/// A client for Klikoo's IRS/Otomax interface (docs/klikoo-interface.md#endpoints). Takes any <see cref="HttpClient"/>,
/// so <c>IHttpClientFactory</c> and <c>WebApplicationFactory.CreateClient()</c> both plug in.
/// </summary>
/// <remarks>
/// Its operations are virtual and it has a protected parameterless constructor, as the Azure SDK's clients do, so a
/// partner's unit tests can stand in a subclass or a mocking library's fake for code that takes a
/// <see cref="KlikooIrsClient"/>.
/// </remarks>
public class KlikooIrsClient
{
    private readonly HttpClient _httpClient = null!;
    private readonly KlikooClientOptions _options = null!;

    /// <summary>For mocking in unit tests only: a client made this way sends nothing unless its operations are overridden.</summary>
    protected KlikooIrsClient()
    {
    }

    /// <summary>Creates a client; relative URLs resolve against <paramref name="httpClient"/>'s base address.</summary>
    public KlikooIrsClient(HttpClient httpClient, KlikooClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        _httpClient = httpClient;
        _options = options;
    }

    /// <summary>Asks the price and the customer behind a destination (Inquiry Prepaid).</summary>
    /// <exception cref="KlikooClientException">No Klikoo line came back.</exception>
    public virtual async Task<InquiryResult> InquireAsync(InquiryRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var values = Values(request.ProductCode, request.RefId, request.To, request.Amount) with { SellingPrice = Number(request.SellingPrice) };
        var (line, raw) = await SendAsync("inquiry", _options.InquiryTemplate, values, includeSellingPrice: true, cancellationToken).ConfigureAwait(false);
        return line is InquirySuccessLine or InquiryFailureLine
            ? new InquiryResult(line, raw)
            : throw new KlikooClientException($"The inquiry was answered with a {line.GetType().Name}, not an inquiry line.", raw, HttpStatusCode.OK);
    }

    /// <summary>Buys a product, or, for a ref_id already used, returns that transaction's current state.</summary>
    /// <exception cref="KlikooClientException">No Klikoo line came back.</exception>
    public virtual async Task<TransactionResult> BuyAsync(BuyRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var values = Values(request.ProductCode, request.RefId, request.To, request.Amount);
        var (line, raw) = await SendAsync("buy", _options.BuyTemplate, values, includeSellingPrice: false, cancellationToken).ConfigureAwait(false);
        return line is TransactionLine or RejectedLine
            ? new TransactionResult(line, raw)
            : throw new KlikooClientException($"The buy was answered with a {line.GetType().Name}, not a transaction report.", raw, HttpStatusCode.OK);
    }

    /// <summary>
    /// Checks a transaction's status by sending the same buy again (docs/klikoo-interface.md#endpoints: buy is
    /// idempotent per ref_id); never buys twice.
    /// </summary>
    /// <exception cref="KlikooClientException">No Klikoo line came back.</exception>
    public virtual Task<TransactionResult> CheckStatusAsync(BuyRequest request, CancellationToken cancellationToken = default) =>
        BuyAsync(request, cancellationToken);

    private OtomaxValues Values(string productCode, string refId, string to, long? amount) =>
        new(_options.ClientId, _options.ClientSecret, _options.Idrs, _options.Pin, productCode, refId, to, Number(amount));

    private static string? Number(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    private async Task<(RLine Line, string Raw)> SendAsync(
        string operation, OtomaxUrlTemplate? template, OtomaxValues values, bool includeSellingPrice, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            using var message = BuildMessage(operation, template, values, includeSellingPrice);
            using var response = await _httpClient.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var raw = await KlikooReplyReader.ReadAsync(response.Content, _options.MaxReplyBytes, response.StatusCode, timeout.Token).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new KlikooClientException($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}: Klikoo answers every request with 200 and an R# line.", raw, response.StatusCode);
            }

            return (KlikooReplyReader.Parse(raw, response.StatusCode), raw);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new KlikooClientException($"No reply within {_options.Timeout.TotalSeconds:0.###} s.", null, null, ex);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            throw new KlikooClientException($"The call failed: {ex.Message}", null, null, ex);
        }
    }

    private HttpRequestMessage BuildMessage(string operation, OtomaxUrlTemplate? template, OtomaxValues values, bool includeSellingPrice)
    {
        var url = (template ?? new OtomaxUrlTemplate(DefaultTemplate(operation, includeSellingPrice))).Expand(values);
        var uri = new Uri(url, UriKind.RelativeOrAbsolute);
        switch (_options.RequestStyle)
        {
            case KlikooRequestStyle.PostQuery:
                return new HttpRequestMessage(HttpMethod.Post, uri);
            case KlikooRequestStyle.PostForm:
                var split = url.IndexOf('?', StringComparison.Ordinal);
                var path = split < 0 ? url : url[..split];
                var form = split < 0 ? "" : url[(split + 1)..];
                return new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.RelativeOrAbsolute))
                {
                    Content = new StringContent(form, Encoding.ASCII, "application/x-www-form-urlencoded"),
                };
            default:
                return new HttpRequestMessage(HttpMethod.Get, uri);
        }
    }

    private string DefaultTemplate(string operation, bool includeSellingPrice) =>
        $"{_options.PathPrefix.TrimEnd('/')}/v1/irs/{operation}?client_id=[user]&client_secret=[pass]&idrs=[idrs]&pin=[pin]&product_code=[product]&ref_id=[trxid]&to=[tujuan]&amount=[amount]" +
        (includeSellingPrice ? "&selling_price=[selling_price]" : "");
}
