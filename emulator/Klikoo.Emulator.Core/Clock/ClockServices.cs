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
        services.AddOptions<KlikooOptions>()
            .Validate(o => o.Clock.Fixed is not { } at || ClockOptions.IsInRange(at), "Klikoo:Clock:Fixed must lie between 2000-01-01T00:00:00Z and 2100-12-31T23:59:59.9999999Z.")
            .Validate(
                _ => ClockOptions.HasOffset(builder.Configuration[$"{KlikooOptions.Section}:Clock:Fixed"]),
                "Klikoo:Clock:Fixed needs an offset, e.g. 2024-11-29T10:59:32+07:00 (WIB) or 2024-11-29T03:59:32Z: without one it would mean this machine's time zone, and replies would differ between machines.")
            .ValidateOnStart();

        // Tests may register their own clock (FakeTimeProvider) first; TryAdd keeps it.
        services.TryAddSingleton<TimeProvider>(sp =>
            sp.GetRequiredService<IOptions<KlikooOptions>>().Value.Clock.Fixed is { } instant
                ? new FrozenTimeProvider(instant)
                : WallClock.Instance);

        services.AddSingleton(sp => new EmulatorClock(
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<KlikooOptions>>().Value.Clock.Fixed is not null));
        if (builder.UsesSharedState())
        {
            services.AddHostedService<SharedClockOffset>();
        }

        services.AddAdminJson(ClockJsonContext.Default);
        return builder;
    }
}
