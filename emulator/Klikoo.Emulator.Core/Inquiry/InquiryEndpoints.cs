using Klikoo.Emulator.Irs;

namespace Klikoo.Emulator.Inquiry;

/// <summary>Inquiry Prepaid (docs/klikoo-interface.md#endpoints-A3) on both path prefixes, GET and POST.</summary>
public static class InquiryEndpoints
{
    public static IEndpointRouteBuilder MapInquiry(this IEndpointRouteBuilder app)
    {
        IrsPipeline.Map(app, "inquiry", "Inquiry", InquireAsync);
        return app;
    }

    private static Task InquireAsync(HttpContext context)
    {
        var handler = context.RequestServices.GetRequiredService<InquiryHandler>();
        return IrsPipeline.HandleAsync(context, "inquiry", handler.Inquire, handler.Reject, context.RequestServices.GetRequiredService<ILogger<InquiryHandler>>());
    }
}
