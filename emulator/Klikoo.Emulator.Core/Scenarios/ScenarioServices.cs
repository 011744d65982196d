using Klikoo.Emulator.Admin;
using Klikoo.Emulator.State;

namespace Klikoo.Emulator.Scenarios;

/// <summary>Scenarios: the fixtures' rules, and the overrides the admin API sets for the next buy.</summary>
public static class ScenarioServices
{
    public static WebApplicationBuilder AddScenarios(this WebApplicationBuilder builder)
    {
        if (builder.UsesSharedState())
        {
            builder.Services.AddSingleton<IOutcomeOverrides, RedisOutcomeOverrides>();
        }
        else
        {
            builder.Services.AddSingleton<OutcomeOverrides>();
            builder.Services.AddSingleton<IOutcomeOverrides>(sp => sp.GetRequiredService<OutcomeOverrides>());
        }

        builder.Services.AddResettableState<IOutcomeOverrides>();
        builder.Services.AddAdminJson(ScenarioJsonContext.Default, AdminServices.CamelCase<BuyResult>());
        return builder;
    }
}
