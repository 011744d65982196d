using Klikoo.Emulator.Requests;

namespace Klikoo.Emulator.Transactions;

/// <summary>Buy / Check Status (SPEC A2, A4) on both path prefixes, GET and POST.</summary>
public static class BuyEndpoints
{
    public static IEndpointRouteBuilder MapBuyEndpoints(this IEndpointRouteBuilder app)
    {
        foreach (var prefix in IrsEndpoint.Prefixes)
        {
            // Every method is routed here so that even PUT gets a Klikoo line, not an empty 405.
            app.Map($"{prefix}/buy", BuyAsync)
                .WithName($"Buy{(prefix == IrsEndpoint.Prefixes[0] ? "" : "WithoutPrefix")}")
                .ExcludeFromDescription();
        }

        return app;
    }

    private static Task BuyAsync(HttpContext context, BuyHandler handler, ILogger<BuyHandler> logger) =>
        IrsEndpoint.HandleAsync(context, handler.Buy, handler.Reject, logger);
}
