
namespace Klikoo.Emulator.Fixtures;

/// <summary>
/// "Load the fixtures or fail fast", in one place: the program, the in-process test host and the tests call
/// <see cref="Load"/> before listening; as a hosted service it does the same for a host that starts without it.
/// </summary>
public sealed class FixtureStartup(IServiceProvider services) : IHostedService
{
    /// <summary>Loads and validates the fixtures (once: later calls return the same store).</summary>
    /// <exception cref="FixtureValidationException">The fixtures are invalid; logged, and the message lists every error as file:line:column.</exception>
    /// <exception cref="IOException">The folder is missing or unreadable.</exception>
    public static FixtureStore Load(IServiceProvider services)
    {
        try
        {
            return services.GetRequiredService<FixtureStore>();
        }
        catch (FixtureValidationException ex)
        {
            FixtureLog.FixturesInvalid(services.GetRequiredService<ILoggerFactory>().CreateLogger<FixtureStartup>(), ex.Message);
            throw;
        }
    }

    // Which folder is served, with its counts, is in the lines logged once the emulator listens (StartupBanner).
    public Task StartAsync(CancellationToken cancellationToken)
    {
        Load(services);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
