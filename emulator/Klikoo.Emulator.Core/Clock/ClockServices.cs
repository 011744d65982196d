using Klikoo.Emulator.Admin;
using Klikoo.Emulator.Hosting;
using Klikoo.Emulator.State;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Klikoo.Emulator.Clock;

/// <summary>The emulator's clock: the system's, frozen by Klikoo:Clock:Fixed, or a test's fake; set and advanced through <c>/__admin/clock</c>.</summary>
public static class ClockServices
{
    public static WebApplicationBuilder AddClock(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ClockOptions>().Bind(builder.Configuration.GetSection(ClockOptions.Section))
            .ValidateOnStartWith(new ClockOptionsValidator(builder.Configuration));

        // Tests may register their own clock (FakeTimeProvider) first; TryAdd keeps it.
        services.TryAddSingleton<TimeProvider>(sp =>
            sp.GetRequiredService<IOptions<ClockOptions>>().Value.Fixed is { } instant
                ? new FrozenTimeProvider(instant)
                : WallClock.Instance);

        services.AddSingleton(sp => new EmulatorClock(
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<ClockOptions>>().Value.Fixed is not null));
        if (builder.UsesSharedState())
        {
            services.AddHostedService<SharedClockOffset>();
        }

        services.AddAdminJson(ClockJsonContext.Default);
        return builder;
    }
}
