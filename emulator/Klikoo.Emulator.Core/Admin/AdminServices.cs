namespace Klikoo.Emulator.Admin;

/// <summary>The admin API's services: its access options and its OpenAPI document; and the registration of resettable state.</summary>
public static class AdminServices
{
    public static WebApplicationBuilder AddAdmin(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AdminOptions>().Bind(builder.Configuration.GetSection(AdminOptions.Section));
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi("openapi", openApi => openApi.ShouldInclude = description => description.RelativePath?.StartsWith("__admin", StringComparison.Ordinal) == true);
        return builder;
    }

    /// <summary>Registers <typeparamref name="TState"/> (already a singleton) as state that <c>POST /__admin/reset</c> forgets.</summary>
    public static IServiceCollection AddResettableState<TState>(this IServiceCollection services)
        where TState : class, IResettableState =>
        services.AddSingleton<IResettableState>(sp => sp.GetRequiredService<TState>());
}
