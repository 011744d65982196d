using Klikoo.Emulator.Fixtures;

namespace Klikoo.Emulator.Hosting;

/// <summary>Loads the fixtures at start-up (fail fast) and says which folder is served.</summary>
internal sealed class FixtureStartup(IServiceProvider services, ILogger<FixtureStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        FixtureStore store;
        try
        {
            store = services.GetRequiredService<FixtureStore>();
        }
        catch (FixtureValidationException ex)
        {
            EmulatorLog.FixturesInvalid(logger, ex.Message);
            throw;
        }

        EmulatorLog.FixturesServed(logger, store);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
