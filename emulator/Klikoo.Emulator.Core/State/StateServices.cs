using Microsoft.Extensions.Options;

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
            .Validate(o => !string.IsNullOrWhiteSpace(o.Prefix), "Klikoo:State:Prefix must not be empty: it keeps several emulators' keys apart.")
            .Validate(o => o.DuePollInterval >= TimeSpan.FromMilliseconds(10) && o.DuePollInterval <= TimeSpan.FromMinutes(1),
                "Klikoo:State:DuePollInterval must lie between 00:00:00.010 and 00:01:00.")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StateOptions>, RedisAddressValidator>();
        if (builder.UsesSharedState())
        {
            services.AddSingleton<RedisState>();
            services.AddSingleton<RedisOutage>();
            services.AddHostedService<RedisStartup>();
        }

        return builder;
    }

    // A named validator, so the failure says what is wrong with the address, not only that it is.
    private sealed class RedisAddressValidator : IValidateOptions<StateOptions>
    {
        public ValidateOptionsResult Validate(string? name, StateOptions options) =>
            options.UsesRedis && RedisAddress.Problem(options.Redis!) is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }

    /// <summary>Whether the features keep their state in Redis (<c>Klikoo:State:Redis</c> is set).</summary>
    public static bool UsesSharedState(this WebApplicationBuilder builder) =>
        !string.IsNullOrWhiteSpace(builder.Configuration[$"{StateOptions.Section}:Redis"]);
}
