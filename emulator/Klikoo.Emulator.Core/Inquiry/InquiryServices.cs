namespace Klikoo.Emulator.Inquiry;

/// <summary>Inquiry Prepaid's services.</summary>
public static class InquiryServices
{
    public static WebApplicationBuilder AddInquiry(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<InquiryHandler>();
        return builder;
    }
}
