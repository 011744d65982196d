using Klikoo.Emulator.Admin;
using Klikoo.Emulator.Clock;
using Klikoo.Emulator.Hosting;
using Klikoo.Emulator.Products;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Klikoo.Emulator.Fixtures;

/// <summary>The fixtures: loaded and validated before serving (see <see cref="FixtureStartup"/>), watched and reloaded while serving.</summary>
public static class FixtureServices
{
    public static WebApplicationBuilder AddFixtures(this WebApplicationBuilder builder)
    {
        var services = builder.Services;

        // The families fixtures may name; a host (or a test) registers another table to add one in code.
        services.TryAddSingleton(StandardFamilies.Table);
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<KlikooOptions>>().Value;
            var folder = FixturesFolder.Resolve(options.Fixtures, Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
            var store = new FixtureStore(folder, WallClock.Instance, sp.GetRequiredService<FamilyTable>());

            // Served rather than refused: files added while it runs are picked up (docs/fixtures.md#check-fixtures).
            if (store.Current.Files.Count == 0)
            {
                FixtureLog.FolderEmpty(sp.GetRequiredService<ILoggerFactory>().CreateLogger<FixtureStartup>(), folder);
            }

            return store;
        });

        // For hosts that start without loading first (FixtureStartup.Load is a no-op once loaded).
        services.AddHostedService<FixtureStartup>();
        services.AddHostedService<FixtureWatcher>();
        services.AddAdminJson(FixtureJsonContext.Default);
        return builder;
    }
}
