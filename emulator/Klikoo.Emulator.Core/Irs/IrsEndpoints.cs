namespace Klikoo.Emulator.Irs;

/// <summary>
/// The string interface (docs/klikoo-interface.md#endpoints): Inquiry Prepaid and Buy / Check Status on both path
/// prefixes, every method, each an adapter of the order core.
/// </summary>
public static class IrsEndpoints
{
    public static IEndpointRouteBuilder MapStringInterface(this IEndpointRouteBuilder app)
    {
        IrsPipeline.Map(app, "inquiry", "Inquiry", static services =>
        {
            var handler = services.GetRequiredService<IrsInquiry>();
            return IrsRoute.For<IrsInquiry>(services, "inquiry", handler.InquireAsync, handler.Reject);
        });
        IrsPipeline.Map(app, "buy", "Buy", static services =>
        {
            var handler = services.GetRequiredService<IrsBuy>();
            return IrsRoute.For<IrsBuy>(services, "buy", handler.BuyAsync, handler.Reject);
        });
        return app;
    }

    public static WebApplicationBuilder AddStringInterface(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IrsInquiry>();
        builder.Services.AddSingleton<IrsBuy>();
        return builder;
    }
}
