using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Klikoo.Tests.Infrastructure;

/// <summary>
/// The emulator's real pipeline in process, on a <see cref="FakeTimeProvider"/> the test moves by hand,
/// with the shipped fixtures unless a test names another folder.
/// </summary>
public sealed class EmulatorFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public EmulatorFactory(DateTimeOffset? now = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        Clock = new FakeTimeProvider(now ?? new DateTimeOffset(2024, 11, 12, 12, 32, 55, TimeSpan.FromHours(7)));
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Klikoo:Fixtures"] = settings?.GetValueOrDefault("Klikoo:Fixtures") ?? RepositoryPaths.Fixtures,
        };
    }

    public FakeTimeProvider Clock { get; }

    /// <summary>Makes every request look as if it came from this address (in memory only), to test admin access rules.</summary>
    public System.Net.IPAddress? CallerAddress { get; init; }

    /// <summary>The emulator on <paramref name="fixtures"/> with extra settings, e.g. fast callback retries.</summary>
    public static EmulatorFactory On(TemporaryFixtures fixtures, DateTimeOffset? now = null, params (string Key, string Value)[] settings) =>
        new(now, settings.Append((Key: "Klikoo:Fixtures", Value: fixtures.Path)).ToDictionary(s => s.Key, s => (string?)s.Value));

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
