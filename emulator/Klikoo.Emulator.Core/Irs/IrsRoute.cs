using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Hosting;
using Klikoo.Emulator.Journal;
using Microsoft.Extensions.Options;

namespace Klikoo.Emulator.Irs;

/// <summary>
/// What one route of the string interface needs, taken from the app's singletons once, on its first request: no
/// service lookup and no request scope per request, and the handler's delegates made once rather than per request.
/// </summary>
internal sealed record IrsRoute(
    string Operation, IrsPipeline.Handler Handle, IrsPipeline.Rejection Reject, ILogger Logger, RequestJournal Journal, FixtureStore Fixtures, int Seed,
    State.RedisOutage? Outage)
{
    public static IrsRoute For<THandler>(IServiceProvider services, string operation, IrsPipeline.Handler handle, IrsPipeline.Rejection reject) =>
        new(
            operation,
            handle,
            reject,
            services.GetRequiredService<ILogger<THandler>>(),
            services.GetRequiredService<RequestJournal>(),
            services.GetRequiredService<FixtureStore>(),
            services.GetRequiredService<IOptions<KlikooOptions>>().Value.Seed,
            services.GetService<State.RedisOutage>());
}
