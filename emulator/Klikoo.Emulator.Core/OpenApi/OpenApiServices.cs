using Klikoo.Emulator.State;

namespace Klikoo.Emulator.OpenApi;

/// <summary>The Open API's services (not AddOpenApi: that name is Microsoft's OpenAPI document generator).</summary>
public static class OpenApiServices
{
    public static WebApplicationBuilder AddKlikooOpenApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<OpenApiOptions>().Bind(builder.Configuration.GetSection(OpenApiOptions.Section))
            .Validate(o => o.TokenLifetimeSeconds is >= 1 and <= 86_400, "Klikoo:OpenApi:TokenLifetimeSeconds must be 1 to 86400")
            .Validate(o => o.TimestampSkew > TimeSpan.Zero && o.TimestampSkew <= TimeSpan.FromDays(3650), "Klikoo:OpenApi:TimestampSkew must be positive")
            .Validate(o => OpenApiTokenKey.TryParse(o.TokenKey, out _), OpenApiTokenKey.Problem)
            .ValidateOnStart();
        builder.Services.AddSingleton<OpenApiTokenKey>();
        if (builder.UsesSharedState())
        {
            builder.Services.AddHostedService<SharedTokenKey>();
        }

        builder.Services.AddSingleton<OpenApiTokens>();
        builder.Services.AddSingleton<OpenApiRequestCheck>();
        builder.Services.AddSingleton<OpenApiTransactionView>();
        return builder;
    }
}
