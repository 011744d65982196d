using Klikoo.Emulator.Admin;

namespace Klikoo.Emulator.Scenarios;

/// <summary>Scenarios: the fixtures' rules, and the overrides the admin API sets for the next buy.</summary>
public static class ScenarioServices
{
    public static WebApplicationBuilder AddScenarios(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<OutcomeOverrides>();
        builder.Services.AddResettableState<OutcomeOverrides>();
        builder.Services.AddAdminJson(ScenarioJsonContext.Default, AdminServices.CamelCase<BuyResult>());
        return builder;
    }
}
