using Klikoo.Emulator.Requests;

namespace Klikoo.Emulator.Transactions;

/// <summary>Buy / Check Status (docs/klikoo-interface.md#endpoints, A4) on both path prefixes, GET and POST.</summary>
public static class BuyEndpoints
{
    public static IEndpointRouteBuilder MapBuyEndpoints(this IEndpointRouteBuilder app)
    {
        IrsEndpoint.Map(app, "buy", "Buy", BuyAsync);
        return app;
    }

    private static Task BuyAsync(HttpContext context, BuyHandler handler, ILogger<BuyHandler> logger) =>
        IrsEndpoint.HandleAsync(context, "buy", handler.Buy, handler.Reject, logger);
}
