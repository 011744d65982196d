using Klikoo.Contracts.OpenApi;

namespace Klikoo.Emulator.OpenApi;

/// <summary>
/// The routes the Open API serves (docs/open-api.md#on-the-emulator), listed once: <see cref="OpenApiEndpoints"/> maps
/// each, and the catch-all below them names them when a method or path is not served.
/// </summary>
internal static class OpenApiRoutes
{
    public static readonly OpenApiRoute AccessToken = new("access-token", "POST", "access-token", OpenApiService.Auth, "OpenApiAccessToken", Signed: false);
    public static readonly OpenApiRoute AuthSignature = new("auth-signature", "POST", "auth-signature", OpenApiService.Auth, "OpenApiAuthSignature", Signed: false);
    public static readonly OpenApiRoute Signature = new("signature", "POST", "signature", OpenApiService.Auth, "OpenApiSignature", Signed: false);
    public static readonly OpenApiRoute Balance = new("balance", "GET", "balance", OpenApiService.Account, "OpenApiBalance", Signed: true);
    public static readonly OpenApiRoute Products = new("products", "POST", "products", OpenApiService.Product, "OpenApiProducts", Signed: true);
    public static readonly OpenApiRoute Inquiry = new("products/inquiry", "POST", "products/inquiry", OpenApiService.Transaction, "OpenApiInquiry", Signed: true);
    public static readonly OpenApiRoute InquiryPostpaid = new("transactions/inquiry-postpaid", "POST", "transactions/inquiry-postpaid", OpenApiService.Transaction, "OpenApiInquiryPostpaid", Signed: true);
    public static readonly OpenApiRoute Buy = new("products/buy", "POST", "products/buy", OpenApiService.Transaction, "OpenApiBuy", Signed: true);
    public static readonly OpenApiRoute Transaction = new("transactions/{transactionId}", "GET", "transactions/detail", OpenApiService.Transaction, "OpenApiTransaction", Signed: true);
    public static readonly OpenApiRoute Transactions = new("transactions", "GET", "transactions", OpenApiService.Transaction, "OpenApiTransactions", Signed: true);

    public static readonly OpenApiRoute[] All = [AccessToken, AuthSignature, Signature, Balance, Products, Inquiry, InquiryPostpaid, Buy, Transaction, Transactions];

    /// <summary>Every route as <c>METHOD path</c>, for the answer to a path not served.</summary>
    public static readonly string Served = string.Join(", ", All.Select(r => $"{r.Method} {r.Path}"));
}
