using Microsoft.Extensions.Configuration.Json;

namespace Klikoo.Emulator.Hosting;

/// <summary>
/// What every emulator host needs before its features: the shipped settings, framework logs that cannot leak a
/// secret, the listening address, Kestrel's limits and the emulator-wide options (seed, fixtures folder).
/// </summary>
public static class EmulatorHosting
{
    /// <summary>The address <c>dotnet run</c> serves when no <c>--urls</c> is given (docs/klikoo-interface.md#operating-contract).</summary>
    public const string DefaultUrl = "http://localhost:5080";

    public const long MaxRequestBodyBytes = 1024 * 1024;

    public static WebApplicationBuilder AddEmulatorHosting(this WebApplicationBuilder builder)
    {
        // The appsettings.json shipped beside the binary, at the lowest precedence: dotnet run and an installed
        // emulator start in the caller's directory, where the content root has none.
        var shipped = new JsonConfigurationSource { Path = Path.Combine(AppContext.BaseDirectory, "appsettings.json"), Optional = true };
        shipped.ResolveFileProvider();
        builder.Configuration.Sources.Insert(0, shipped);

        // The framework's request logs write whole query strings, client_secret and pin included. Pinned in code,
        // after configuration, so no setting can turn them on; the masked journal shows requests instead.
        // None, not Warning: it writes nothing above Information anyway, and while any level is on, the host makes an
        // Activity and a logging scope for every request just in case (about a tenth of a buy's allocations).
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
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

        builder.Services.AddOptions<KlikooOptions>().Bind(builder.Configuration.GetSection(KlikooOptions.Section)).ValidateOnStart();

        // A bad admin argument is a 400 ProblemDetails in every environment, never an exception (Development's default).
        builder.Services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = false);
        return builder;
    }
}
