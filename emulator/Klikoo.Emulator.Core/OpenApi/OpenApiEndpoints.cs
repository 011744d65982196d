using Klikoo.Contracts.OpenApi;
using Klikoo.Emulator.Orders;

namespace Klikoo.Emulator.OpenApi;

/// <summary>
/// Klikoo's JSON Open API (docs/open-api.md) under <c>/klikoo-b2b/v1/open-api</c> and <c>/v1/open-api</c>. Whatever
/// is sent, the answer is Klikoo's envelope with a documented code: another method on a route, a path not served, a
/// body too large, Redis failing (docs/open-api.md#on-the-emulator). Each prefix is a group whose filter writes and
/// journals every answer; the signed routes are a group behind the signature filter, the others behind a body reader.
/// </summary>
public static class OpenApiEndpoints
{
    private static readonly string[] Prefixes = ["/klikoo-b2b/v1/open-api", "/v1/open-api"];

    public static IEndpointRouteBuilder MapKlikooOpenApi(this IEndpointRouteBuilder app)
    {
        foreach (var prefix in Prefixes)
        {
            var suffix = prefix == Prefixes[0] ? "" : "WithoutPrefix";
            var api = app.MapGroup(prefix).AddEndpointFilter<OpenApiAnswerFilter>().ExcludeFromDescription();

            var auth = api.MapGroup("").AddEndpointFilter<OpenApiBodyFilter>();
            auth.MapMethods(OpenApiRoutes.AccessToken.Path, OpenApiRoutes.AccessToken.Methods, OpenApiAuth.AccessTokenAsync).Serving(OpenApiRoutes.AccessToken, suffix);
            auth.MapMethods(OpenApiRoutes.AuthSignature.Path, OpenApiRoutes.AuthSignature.Methods, OpenApiAuth.AuthSignatureAsync).Serving(OpenApiRoutes.AuthSignature, suffix);
            auth.MapMethods(OpenApiRoutes.Signature.Path, OpenApiRoutes.Signature.Methods, OpenApiAuth.SignatureAsync).Serving(OpenApiRoutes.Signature, suffix);

            var signed = api.MapGroup("").AddEndpointFilter<OpenApiSignatureFilter>();
            signed.MapMethods(OpenApiRoutes.Balance.Path, OpenApiRoutes.Balance.Methods, OpenApiAccount.BalanceAsync).Serving(OpenApiRoutes.Balance, suffix);
            signed.MapMethods(OpenApiRoutes.Products.Path, OpenApiRoutes.Products.Methods, OpenApiCatalogue.ProductsAsync).Serving(OpenApiRoutes.Products, suffix);
            signed.MapMethods(OpenApiRoutes.Inquiry.Path, OpenApiRoutes.Inquiry.Methods, OpenApiCatalogue.InquireAsync).Serving(OpenApiRoutes.Inquiry, suffix);
            signed.MapMethods(OpenApiRoutes.InquiryPostpaid.Path, OpenApiRoutes.InquiryPostpaid.Methods, OpenApiPostpaid.InquireAsync).Serving(OpenApiRoutes.InquiryPostpaid, suffix);
            signed.MapMethods(OpenApiRoutes.Buy.Path, OpenApiRoutes.Buy.Methods, OpenApiPurchases.BuyAsync).Serving(OpenApiRoutes.Buy, suffix);
            signed.MapMethods(OpenApiRoutes.Transaction.Path, OpenApiRoutes.Transaction.Methods, OpenApiPurchases.DetailAsync).Serving(OpenApiRoutes.Transaction, suffix);
            signed.MapMethods(OpenApiRoutes.Transactions.Path, OpenApiRoutes.Transactions.Methods, OpenApiPurchases.HistoryAsync).Serving(OpenApiRoutes.Transactions, suffix);

            // Below every route (a catch-all is matched last): another method on a route, or a path not served.
            api.Map("{**rest}", Unmatched).WithName("OpenApiUnmatched" + suffix);
        }

        return app;
    }

    private static RouteHandlerBuilder Serving(this RouteHandlerBuilder endpoint, OpenApiRoute route, string suffix) =>
        endpoint.WithMetadata(route).WithName(route.Name + suffix);

    // No documented code means "method not allowed": the closest is Validasi Error, with Allow naming the method served.
    // A path not served answers Klikoo's "Belum di implementasi" (docs/open-api.md#on-the-emulator).
    private static ValueTask<OpenApiAnswer> Unmatched(HttpContext context, string? rest)
    {
        var method = context.Request.Method;
        if (Array.Find(OpenApiRoutes.All, r => r.Matches(rest ?? "")) is { } route)
        {
            context.Response.Headers.Allow = route.Method;
            return ValueTask.FromResult(OpenApiAnswer.Error(OpenApiStatus.ValidationError, route.Service,
                $"method {EchoText.Of(method, 10)} is not served on {EchoText.Of(context.Request.Path)}: use {route.Method}") with { Operation = route.Operation });
        }

        return ValueTask.FromResult(OpenApiAnswer.Error(OpenApiStatus.NotImplemented, OpenApiService.Unknown,
            $"no Open API route {EchoText.Of(method, 10)} {EchoText.Of(context.Request.Path)}; the emulator serves {OpenApiRoutes.Served}") with { Operation = "unknown" });
    }
}
