using Klikoo.Emulator.Customers;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Inquiry;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Klikoo.Emulator.Hosting;

/// <summary>Registers the emulator's services; Program.cs calls this once.</summary>
public static class EmulatorHostingExtensions
{
    /// <summary>The address <c>dotnet run</c> serves when no <c>--urls</c> is given (SPEC C).</summary>
    public const string DefaultUrl = "http://localhost:5080";

    public static WebApplicationBuilder AddKlikooEmulator(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]) &&
            string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_HTTP_PORTS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

        var services = builder.Services;
        services.AddOptions<KlikooOptions>()
            .Bind(builder.Configuration.GetSection(KlikooOptions.Section))
            .ValidateOnStart();

        // Tests may register their own clock (FakeTimeProvider) first; TryAdd keeps it.
        services.TryAddSingleton<TimeProvider>(sp =>
            sp.GetRequiredService<IOptions<KlikooOptions>>().Value.Clock.Fixed is { } instant
                ? new FrozenTimeProvider(instant)
                : TimeProvider.System);

        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<KlikooOptions>>().Value;
            var folder = FixturesFolder.Resolve(options.Fixtures, Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
            return new FixtureStore(folder);
        });
        services.AddSingleton(sp => new CustomerGenerator(sp.GetRequiredService<IOptions<KlikooOptions>>().Value.Seed));
        services.AddSingleton<CustomerDirectory>();
        services.AddSingleton<InquiryHandler>();

        // Load and validate the fixtures while starting, so bad fixtures stop the emulator with every error listed.
        services.AddHostedService<FixtureStartup>();
        return builder;
    }
}
