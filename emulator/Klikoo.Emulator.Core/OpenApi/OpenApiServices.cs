using Klikoo.Emulator.Callbacks;
using Klikoo.Emulator.Hosting;
using Klikoo.Emulator.State;

namespace Klikoo.Emulator.OpenApi;

/// <summary>The Open API's services (not AddOpenApi: that name is Microsoft's OpenAPI document generator).</summary>
public static class OpenApiServices
{
    public static WebApplicationBuilder AddKlikooOpenApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<OpenApiOptions>().Bind(builder.Configuration.GetSection(OpenApiOptions.Section))
            .ValidateOnStartWith(new OpenApiOptionsValidator());
        builder.Services.AddSingleton<OpenApiTokenKey>();
        if (builder.UsesSharedState())
        {
            builder.Services.AddHostedService<SharedTokenKey>();
        }

        builder.Services.AddSingleton<OpenApiTokens>();
        builder.Services.AddSingleton<OpenApiRequestCheck>();
        builder.Services.AddSingleton<OpenApiTransactionView>();
        builder.Services.AddSingleton<OpenApiBillPayments>();
        builder.Services.AddSingleton<IPurchaseCallbackBody, OpenApiPurchaseCallback>();
        return builder;
    }
}
