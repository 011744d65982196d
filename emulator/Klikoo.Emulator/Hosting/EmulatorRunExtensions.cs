using Klikoo.Emulator.Fixtures;

namespace Klikoo.Emulator.Hosting;

/// <summary>Runs the emulator as a command-line program: bad fixtures end it with their errors and exit code 1, not a stack trace.</summary>
public static class EmulatorRunExtensions
{
    public static async Task<int> RunKlikooEmulatorAsync(this WebApplication app)
    {
        await using (app)
        {
            if (!TryLoadFixtures(app))
            {
                // Disposing the app (leaving this block) flushes the console logger's queue, so the errors are printed.
                return 1;
            }

            await app.RunAsync();
            return 0;
        }
    }

    private static bool TryLoadFixtures(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Klikoo.Emulator");
        try
        {
            _ = app.Services.GetRequiredService<FixtureStore>();
            return true;
        }
        catch (Exception ex) when (ex is FixtureValidationException or DirectoryNotFoundException)
        {
            EmulatorLog.FixturesInvalid(logger, ex.Message);
            return false;
        }
    }
}
