using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Klikoo.Tests.Infrastructure;

/// <summary>
/// The emulator's real pipeline in process, on a <see cref="FakeTimeProvider"/> the test moves by hand,
/// with the shipped fixtures unless a test names another folder, its state in memory or in the test run's
/// redis-server (<see cref="StateStore"/>).
/// </summary>
/// <remarks>
/// On Redis nothing waits on a timer of the fake clock: a pending transaction is found by the due poller (every
/// 10 ms of wall-clock time here) or by a re-check, so a test that advances <see cref="Clock"/> and then looks at
/// the store waits for the poller (<see cref="Eventually"/>).
/// </remarks>
public sealed class EmulatorFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public EmulatorFactory(DateTimeOffset? now = null, IReadOnlyDictionary<string, string?>? settings = null, StateStore store = StateStore.Memory)
    {
        Clock = new FakeTimeProvider(now ?? new DateTimeOffset(2024, 11, 12, 12, 32, 55, TimeSpan.FromHours(7)));
        Store = store;
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Klikoo:Fixtures"] = settings?.GetValueOrDefault("Klikoo:Fixtures") ?? RepositoryPaths.Fixtures,
        };
        if (store == StateStore.Redis)
        {
            // A prefix of its own unless the test names one (two factories as replicas of one store): no two share a key by chance.
            _settings["Klikoo:State:Redis"] = SharedRedis.ConnectionString;
            _settings.TryAdd("Klikoo:State:Prefix", SharedRedis.NextPrefix());
            _settings.TryAdd("Klikoo:State:DuePollInterval", "00:00:00.010");
        }
    }

    public FakeTimeProvider Clock { get; }

    /// <summary>Where this emulator keeps its state.</summary>
    public StateStore Store { get; }

    /// <summary>Makes every request look as if it came from this address (in memory only), to test admin access rules.</summary>
    public System.Net.IPAddress? CallerAddress { get; init; }

    /// <summary>Registers services over the emulator's own, e.g. a family table with one more family.</summary>
    public Action<IServiceCollection>? ExtraServices { get; init; }

    /// <summary>The emulator on <paramref name="fixtures"/> with extra settings, e.g. fast callback retries.</summary>
    public static EmulatorFactory On(TemporaryFixtures fixtures, DateTimeOffset? now = null, params (string Key, string Value)[] settings) =>
        On(fixtures, StateStore.Memory, now, settings);

    /// <summary>The emulator on <paramref name="fixtures"/> with its state in <paramref name="store"/>, and extra settings.</summary>
    public static EmulatorFactory On(TemporaryFixtures fixtures, StateStore store, DateTimeOffset? now = null, params (string Key, string Value)[] settings) =>
        new(now, settings.Append((Key: "Klikoo:Fixtures", Value: fixtures.Path)).ToDictionary(s => s.Key, s => (string?)s.Value), store);

    /// <summary>Resolves one of the emulator's services, to look at state a test cannot see over HTTP.</summary>
    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            if (CallerAddress is { } address)
            {
                services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter>(new CallerAddressFilter(address));
            }

            ExtraServices?.Invoke(services);
        });
    }

    private sealed class CallerAddressFilter(System.Net.IPAddress address) : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Connection.RemoteIpAddress = address;
                return following(context);
            });
            next(app);
        };
    }
}
