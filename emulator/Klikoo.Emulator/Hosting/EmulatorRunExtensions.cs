using Klikoo.Emulator.Fixtures;

namespace Klikoo.Emulator.Hosting;

/// <summary>Runs the emulator as a command-line program: bad fixtures end it with their errors and exit code 1, not a stack trace.</summary>
public static class EmulatorRunExtensions
{
    public static int RunKlikooEmulator(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Klikoo.Emulator");
        try
        {
            _ = app.Services.GetRequiredService<FixtureStore>();
        }
        catch (FixtureValidationException ex)
        {
            EmulatorLog.FixturesInvalid(logger, ex.Message);
            return 1;
        }
        catch (DirectoryNotFoundException ex)
        {
            EmulatorLog.FixturesInvalid(logger, ex.Message);
            return 1;
        }

        app.Run();
        return 0;
    }
}
