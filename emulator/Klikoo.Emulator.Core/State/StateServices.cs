using Klikoo.Emulator.Hosting;

namespace Klikoo.Emulator.State;

/// <summary>
/// Shared state (docs/shared-state.md): with <c>Klikoo:State:Redis</c> set, the stores of the features that keep
/// state (transactions, balances, overrides, clock offset) live in Redis and every replica naming it agrees; else
/// they stay in this process. Call before the features, so Redis is connected before any of them starts.
/// </summary>
public static class StateServices
{
    public static WebApplicationBuilder AddSharedState(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<StateOptions>()
            .Bind(builder.Configuration.GetSection(StateOptions.Section))
            .ValidateOnStartWith(new StateOptionsValidator());
        if (builder.UsesSharedState())
        {
            services.AddSingleton<RedisState>();
            services.AddSingleton<RedisOutage>();
            services.AddHostedService<RedisStartup>();
        }

        return builder;
    }

    /// <summary>Whether the features keep their state in Redis (<c>Klikoo:State:Redis</c> is set).</summary>
    public static bool UsesSharedState(this WebApplicationBuilder builder) =>
        !string.IsNullOrWhiteSpace(builder.Configuration[$"{StateOptions.Section}:Redis"]);
}
