using Klikoo.Emulator.Fixtures;

namespace Klikoo.Emulator.Hosting;

/// <summary>Loads the fixtures at start-up (fail fast), for hosts that do not load them before starting.</summary>
internal sealed class FixtureStartup(IServiceProvider services, ILogger<FixtureStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Which folder is served, with its counts, is in the lines logged once the emulator listens (StartupBanner).
        try
        {
            _ = services.GetRequiredService<FixtureStore>();
        }
        catch (FixtureValidationException ex)
        {
            EmulatorLog.FixturesInvalid(logger, ex.Message);
            throw;
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
