using System.Globalization;
using Klikoo.Emulator.Fixtures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Klikoo.Emulator.Testing;

/// <summary>
/// The Klikoo Emulator running inside a test process on a loopback port:
/// <code>await using var emulator = await KlikooEmulator.StartAsync(new() { FrozenClock = ... });</code>
/// Point the code under test at <see cref="BaseAddress"/>; steer and inspect it through <see cref="Admin"/>.
/// </summary>
public sealed class KlikooEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;

    private KlikooEmulator(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        Admin = new KlikooAdmin(CreateClient());
    }

    /// <summary>Where the emulator listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The admin API: overrides, transactions, journal, clock, reset.</summary>
    public KlikooAdmin Admin { get; }

    /// <summary>Starts the emulator and returns once it answers.</summary>
    /// <exception cref="OptionsValidationException">A setting is out of its range; the message names every bad key (an <see cref="AggregateException"/> of them when several sections are wrong).</exception>
    /// <exception cref="FixtureValidationException">The fixtures are invalid; the message lists every error.</exception>
    /// <exception cref="DirectoryNotFoundException">The fixtures folder does not exist; the message says where it was looked up.</exception>
    public static async Task<KlikooEmulator> StartAsync(KlikooEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new KlikooEmulatorOptions();
        var settings = new Dictionary<string, string>(options.Settings)
        {
            ["urls"] = $"http://127.0.0.1:{options.Port.ToString(CultureInfo.InvariantCulture)}",
        };
        if (options.Fixtures is not null)
        {
            settings["Klikoo:Fixtures"] = ResolveFixtures(options.Fixtures);
        }

        if (options.FrozenClock is { } frozen)
        {
            settings["Klikoo:Clock:Fixed"] = frozen.ToString("O", CultureInfo.InvariantCulture);
        }

        if (options.Seed is { } seed)
        {
            settings["Klikoo:Seed"] = seed.ToString(CultureInfo.InvariantCulture);
        }

        // Without an explicit folder, the fixtures that ship beside the emulator, not whatever fixtures/ the test runs near.
        settings.TryAdd("Klikoo:Fixtures", Path.Combine(AppContext.BaseDirectory, "klikoo-fixtures"));

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // The same feature list as the program: KlikooEmulatorFeatures.
        var app = builder.AddKlikooEmulator().Build().MapKlikooEmulator();
        try
        {
            // Every setting checked, then the fixtures loaded, before listening: each fails here with every error listed.
            app.Services.GetService<IStartupValidator>()?.Validate();
            FixtureStartup.Load(app.Services);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // Invalid fixtures or settings: nothing is left running or holding its files.
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new KlikooEmulator(app, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    // A relative folder means one copied beside the test assembly, as test data usually is: test runners and IDEs
    // differ on the working directory, never on where the test assembly is.
    private static string ResolveFixtures(string fixtures)
    {
        var folder = Path.GetFullPath(fixtures, AppContext.BaseDirectory);
        if (!Directory.Exists(folder))
        {
            var hint = Path.IsPathRooted(fixtures)
                ? ""
                : $" A relative folder is looked up beside the test assembly; copy it there from your test project with " +
                  $"<None Include=\"{fixtures.Replace('\\', '/').TrimEnd('/')}/**\" CopyToOutputDirectory=\"PreserveNewest\" />.";
            throw new DirectoryNotFoundException($"Fixtures folder '{folder}' does not exist.{hint}");
        }

        return folder;
    }

    /// <summary>The emulator's services, for the tests that compare this host with the program.</summary>
    internal IServiceProvider Services => _app.Services;

    /// <summary>An HttpClient for the emulator's public routes (the caller disposes it).</summary>
    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    /// <summary>Stops the emulator; in-flight requests finish first.</summary>
    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
