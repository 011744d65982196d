using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Klikoo.Emulator;

/// <summary>
/// Runs the emulator as a command-line program. Bad fixtures end it with their errors and exit code 1; a start it
/// cannot make (a port in use, a bad address, a missing fixtures folder, a bad setting) with one plain line naming
/// the fix and exit code 2; never a stack trace for either.
/// </summary>
public static class EmulatorRunExtensions
{
    public const int InvalidFixtures = 1;
    public const int CannotStart = 2;

    /// <summary>
    /// Builds the app. A setting that cannot be read (building reads some: Kestrel takes the clock) is reported as
    /// one plain line, and false returned.
    /// </summary>
    public static bool TryBuildKlikooEmulator(this WebApplicationBuilder builder, [NotNullWhen(true)] out WebApplication? app)
    {
        try
        {
            app = builder.Build();
            return true;
        }
        catch (Exception ex) when (IsTheProgram && StartupProblem.ForSetting(ex) is { } problem)
        {
            Console.Error.WriteLine(problem);
            app = null;
            return false;
        }
    }

    public static async Task<int> RunKlikooEmulatorAsync(this WebApplication app)
    {
        await using (app)
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Klikoo.Emulator");
            var urls = app.Configuration[WebHostDefaults.ServerUrlsKey];
            if (StartupProblem.ForUrls(urls) is { } badUrls)
            {
                return await CannotStartAsync(badUrls);
            }

            if (CheckSettings(app) is { } badSettings)
            {
                return await CannotStartAsync(badSettings);
            }

            if (LoadFixtures(app) is { } failure)
            {
                // Disposing the app (leaving this block) flushes the console logger's queue, so the errors are printed.
                return failure.ExitCode == CannotStart ? await CannotStartAsync(failure.Problem!) : failure.ExitCode;
            }

            // Held until started; after a failed start it stays held, as disposing logs the services' cancellation.
            var hostLog = app.Services.GetRequiredService<HostLogGate>();
            if (IsTheProgram)
            {
                hostLog.Hold();
            }

            try
            {
                await app.StartAsync();
            }
            catch (Exception ex) when (IsTheProgram && StartupProblem.ForStart(ex, urls) is { } problem)
            {
                return await CannotStartAsync(problem);
            }
            catch (Exception ex) when (IsTheProgram)
            {
                EmulatorLog.StartFailed(logger, ex);
                return 1;
            }

            hostLog.Release();
            if (app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses is { Count: > 0 } addresses)
            {
                var clock = app.Services.GetRequiredService<EmulatorClock>();
                StartupBanner.Log(logger, addresses, app.Services.GetRequiredService<FixtureStore>(), clock.IsFrozen ? clock.GetUtcNow() : null);
            }

            await app.WaitForShutdownAsync();
            return 0;
        }
    }

    // WebApplicationFactory runs this same entry point inside a test host: there a failed start stays an exception,
    // which the test sees, rather than a line on the console and an exit code.
    private static bool IsTheProgram => Assembly.GetEntryAssembly() == typeof(EmulatorRunExtensions).Assembly;

    // Every options class checked at once, before loading the fixtures reads some: the line names every bad key,
    // not only those of the first class something happened to read.
    private static string? CheckSettings(WebApplication app)
    {
        try
        {
            app.Services.GetService<IStartupValidator>()?.Validate();
            return null;
        }
        catch (Exception ex) when (IsTheProgram && StartupProblem.ForSetting(ex) is { } problem)
        {
            return problem;
        }
    }

    private static (int ExitCode, string? Problem)? LoadFixtures(WebApplication app)
    {
        try
        {
            FixtureStartup.Load(app.Services);
            return null;
        }
        catch (FixtureValidationException)
        {
            // Logged, every error as file:line:column.
            return (InvalidFixtures, null);
        }
        catch (Exception ex) when (StartupProblem.ForFixtures(ex, Folder(app)) is { } problem)
        {
            return (CannotStart, problem);
        }
    }

    // The folder the fixture store reads, worked out the same way, from the raw setting (the options may not bind).
    private static string Folder(WebApplication app) =>
        FixturesFolder.Resolve(app.Configuration[$"{KlikooOptions.Section}:{nameof(KlikooOptions.Fixtures)}"], Directory.GetCurrentDirectory(), AppContext.BaseDirectory);

    private static async Task<int> CannotStartAsync(string problem)
    {
        await Console.Error.WriteLineAsync(problem);
        return CannotStart;
    }
}
