using System.Net;
using System.Text.Json.Serialization;
using System.Text.Json;
using Klikoo.Emulator.Admin;
using Klikoo.Emulator.Callbacks;
using Klikoo.Emulator.Customers;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Inquiry;
using Klikoo.Emulator.Journal;
using Klikoo.Emulator.Scenarios;
using Klikoo.Emulator.Transactions;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Klikoo.Emulator.Hosting;

/// <summary>Registers the emulator's services; Program.cs calls this once.</summary>
public static class EmulatorHostingExtensions
{
    /// <summary>The address <c>dotnet run</c> serves when no <c>--urls</c> is given (docs/klikoo-interface.md#operating-contract).</summary>
    public const string DefaultUrl = "http://localhost:5080";

    public const long MaxRequestBodyBytes = 1024 * 1024;

    public static WebApplicationBuilder AddKlikooEmulator(this WebApplicationBuilder builder)
    {
        // The appsettings.json shipped beside the binary, at the lowest precedence: dotnet run and an installed
        // emulator start in the caller's directory, where the content root has none.
        var shipped = new JsonConfigurationSource { Path = Path.Combine(AppContext.BaseDirectory, "appsettings.json"), Optional = true };
        shipped.ResolveFileProvider();
        builder.Configuration.Sources.Insert(0, shipped);

        // The framework's request logs write whole query strings, client_secret and pin included. Pinned in code,
        // after configuration, so no setting can turn them on; the masked journal shows requests instead.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Routing", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Http.Result", LogLevel.Warning);
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);

        // A start that fails is reported as one plain line, not also as the host's stack traces (see HostLogGate).
        var hostLog = new HostLogGate();
        builder.Services.AddSingleton(hostLog);
        builder.Logging.AddFilter(HostLogGate.Category, hostLog.Allows);

        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]) &&
            string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_HTTP_PORTS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;

            // A Klikoo request is a few hundred bytes; refuse to buffer megabytes (Kestrel's default is 30 MB).
            // Reading a larger body fails inside the request, which still answers with a Klikoo line.
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
        });

        var services = builder.Services;
        services.AddOptions<KlikooOptions>()
            .Bind(builder.Configuration.GetSection(KlikooOptions.Section))
            .Validate(o => o.Clock.Fixed is not { } at || ClockOptions.IsInRange(at), "Klikoo:Clock:Fixed must lie between 2000-01-01T00:00:00Z and 2100-12-31T23:59:59.9999999Z.")
            .Validate(
                _ => ClockOptions.HasOffset(builder.Configuration[$"{KlikooOptions.Section}:Clock:Fixed"]),
                "Klikoo:Clock:Fixed needs an offset, e.g. 2024-11-29T10:59:32+07:00 (WIB) or 2024-11-29T03:59:32Z: without one it would mean this machine's time zone, and replies would differ between machines.")
            .ValidateOnStart();

        // Tests may register their own clock (FakeTimeProvider) first; TryAdd keeps it.
        services.TryAddSingleton<TimeProvider>(sp =>
            sp.GetRequiredService<IOptions<KlikooOptions>>().Value.Clock.Fixed is { } instant
                ? new FrozenTimeProvider(instant)
                : TimeProvider.System);

        services.AddSingleton(sp => new EmulatorClock(
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<KlikooOptions>>().Value.Clock.Fixed is not null));
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<KlikooOptions>>().Value;
            var folder = FixturesFolder.Resolve(options.Fixtures, Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
            return new FixtureStore(folder, TimeProvider.System);
        });
        services.AddSingleton(sp => new CustomerGenerator(sp.GetRequiredService<IOptions<KlikooOptions>>().Value.Seed));
        services.AddSingleton<CustomerDirectory>();
        services.AddSingleton<InquiryHandler>();

        services.AddOptions<TransactionOptions>()
            .Bind(builder.Configuration.GetSection(TransactionOptions.Section))
            .Validate(o => o.Capacity >= 1 && o.PendingCapacity >= 1 && o.RememberedRefIds >= 0, "Klikoo:Transactions needs Capacity >= 1, PendingCapacity >= 1 and RememberedRefIds >= 0.")
            .ValidateOnStart();
        services.AddSingleton(sp => new TransactionIds(
            sp.GetRequiredService<IOptions<TransactionOptions>>().Value, sp.GetRequiredService<IOptions<KlikooOptions>>().Value.Seed));
        services.AddSingleton<TransactionStore>();
        services.AddSingleton<ClientLedger>();
        services.AddSingleton<BuyHandler>();

        AddCallbacks(builder);

        services.AddOptions<JournalOptions>().Bind(builder.Configuration.GetSection(JournalOptions.Section)).ValidateOnStart();
        services.AddSingleton<RequestJournal>();
        services.AddSingleton<OutcomeOverrides>();
        services.AddOptions<AdminOptions>().Bind(builder.Configuration.GetSection(AdminOptions.Section));
        services.AddProblemDetails();

        // A bad admin argument is a 400 ProblemDetails in every environment, never an exception (Development's default).
        services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = false);
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        services.AddOpenApi("openapi", openApi => openApi.ShouldInclude = description => description.RelativePath?.StartsWith("__admin", StringComparison.Ordinal) == true);

        // Load and validate the fixtures while starting, so bad fixtures stop the emulator with every error listed.
        services.AddHostedService<FixtureStartup>();
        services.AddHostedService<FixtureWatcher>();
        return builder;
    }

    private static void AddCallbacks(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<CallbackOptions>()
            .Bind(builder.Configuration.GetSection(CallbackOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<CallbackOptions>, CallbackOptionsValidator>();
        services.AddSingleton<CallbackLog>();
        services.AddSingleton<CallbackQueue>();
        services.AddSingleton<CallbackDelivery>();
        services.AddHostedService<CallbackSender>();

        // The per-attempt deadline and the retries are CallbackDelivery's; the handler only adds limits.
        services.AddHttpClient(CallbackDelivery.ClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                // A 3xx is recorded as a failed attempt: following it would let a receiver point the emulator anywhere.
                AllowAutoRedirect = false,
                UseCookies = false,
                AutomaticDecompression = DecompressionMethods.None,
                ConnectTimeout = sp.GetRequiredService<IOptions<CallbackOptions>>().Value.AttemptTimeout,
                MaxResponseHeadersLength = 64, // KiB
                // A body left unread past the cap closes the connection instead of being drained in the background.
                MaxResponseDrainSize = 0,
            });
    }
}
