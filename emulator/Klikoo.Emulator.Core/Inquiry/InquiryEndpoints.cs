using Klikoo.Emulator.Irs;

namespace Klikoo.Emulator.Inquiry;

/// <summary>Inquiry Prepaid (docs/klikoo-interface.md#endpoints) on both path prefixes, GET and POST.</summary>
public static class InquiryEndpoints
{
    public static IEndpointRouteBuilder MapInquiry(this IEndpointRouteBuilder app)
    {
        IrsPipeline.Map(app, "inquiry", "Inquiry", static services =>
        {
            var handler = services.GetRequiredService<InquiryHandler>();
            return IrsRoute.For<InquiryHandler>(services, "inquiry", handler.InquireAsync, handler.Reject);
        });
        return app;
    }
}
