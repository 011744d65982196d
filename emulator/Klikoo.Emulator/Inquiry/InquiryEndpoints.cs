using Klikoo.Emulator.Requests;

namespace Klikoo.Emulator.Inquiry;

/// <summary>Inquiry Prepaid (SPEC A2-A3) on both path prefixes, GET and POST.</summary>
public static class InquiryEndpoints
{
    public static IEndpointRouteBuilder MapInquiryEndpoints(this IEndpointRouteBuilder app)
    {
        foreach (var prefix in IrsEndpoint.Prefixes)
        {
            // Every method is routed here so that even PUT gets a Klikoo line, not an empty 405.
            app.Map($"{prefix}/inquiry", InquireAsync)
                .WithName($"Inquiry{(prefix == IrsEndpoint.Prefixes[0] ? "" : "WithoutPrefix")}")
                .WithTags("Klikoo IRS")
                .ExcludeFromDescription();
        }

        return app;
    }

    private static Task InquireAsync(HttpContext context, InquiryHandler handler, ILogger<InquiryHandler> logger) =>
        IrsEndpoint.HandleAsync(context, handler.Inquire, handler.Reject, logger);
}
