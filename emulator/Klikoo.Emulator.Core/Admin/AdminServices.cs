using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Json;

namespace Klikoo.Emulator.Admin;

/// <summary>The admin API's services: its access options and its OpenAPI document; and the registration of resettable state.</summary>
public static class AdminServices
{
    public static WebApplicationBuilder AddAdmin(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AdminOptions>().Bind(builder.Configuration.GetSection(AdminOptions.Section)).ValidateOnStart();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi("openapi", openApi => openApi.ShouldInclude = description => description.RelativePath?.StartsWith("__admin", StringComparison.Ordinal) == true);
        builder.Services.AddAdminJson(AdminJsonContext.Default);

        // No reflection-based serialization, in the JIT build either: a type that no feature's context names fails
        // in every test, as it would in the Native AOT binary, which has no reflection-based serializer at all.
        builder.Services.PostConfigure<JsonOptions>(json =>
        {
            var resolvers = json.SerializerOptions.TypeInfoResolverChain;
            for (var i = resolvers.Count - 1; i >= 0; i--)
            {
                if (resolvers[i] is DefaultJsonTypeInfoResolver)
                {
                    resolvers.RemoveAt(i);
                }
            }
        });
        return builder;
    }

    /// <summary>
    /// Adds a feature's source-generated JSON metadata to the admin API's serializer, with the converters that write
    /// its enums as camelCase strings. Each feature names its own types; the admin API serializes nothing else.
    /// </summary>
    public static IServiceCollection AddAdminJson(this IServiceCollection services, IJsonTypeInfoResolver types, params JsonConverter[] converters) =>
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.TypeInfoResolverChain.Insert(0, types);
            foreach (var converter in converters)
            {
                json.SerializerOptions.Converters.Add(converter);
            }
        });

    /// <summary>Writes and reads <typeparamref name="TEnum"/> as camelCase strings (<c>inProgress</c>), as every admin enum.</summary>
    public static JsonConverter CamelCase<TEnum>()
        where TEnum : struct, Enum => new JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase);

    /// <summary>Registers <typeparamref name="TState"/> (already a singleton) as state that <c>POST /__admin/reset</c> forgets.</summary>
    public static IServiceCollection AddResettableState<TState>(this IServiceCollection services)
        where TState : class, IResettableState =>
        services.AddSingleton<IResettableState>(sp => sp.GetRequiredService<TState>());
}
