using System.Collections.Concurrent;
using System.Diagnostics;
using Bogus;
using Klikoo.Emulator.Callbacks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Klikoo.Emulator.Tests.Callbacks;

/// <summary>
/// Property: whatever a receiver answers (generated: 1xx, 2xx to 9xx, huge headers, bodies around the cap, stalls,
/// resets, early closes, garbage), the emulator records exactly one attempt per report with the right status and
/// delivered flag, and nothing escapes as an exception. Seeded, so a failure names its behaviour and replays.
/// </summary>
public sealed class CallbackReceiverBehaviourTests
{
    private const int Reports = 1500;
    private const int InFlight = 48;

    [TestCase(20241112)]
    [TestCase(3)]
    public async Task Deliver_GeneratedReceiverBehaviours_EachRecordedOnceWithTheRightOutcome(int seed)
    {
        var random = new Randomizer(seed);
        var behaviours = Enumerable.Range(0, Reports).Select(_ => ReceiverBehaviour.Generate(random)).ToArray();
        await using var receiver = new RawReceiver((exchange, token) =>
            int.TryParse(exchange.Query("refid")?.Split('-')[1], out var i) ? behaviours[i].PlayAsync(exchange, token) : Task.CompletedTask);
        using var fixtures = TemporaryFixtures.ShippedPlus(PartnerClients.Fixture(("generated", PartnerClients.Template(receiver.Url))));
        var failures = new LogFailures();
        await using var factory = EmulatorFactory.On(
            fixtures, null, ("Klikoo:Callbacks:Attempts", "1"), ("Klikoo:Callbacks:AttemptTimeout", "00:00:03"), ("Klikoo:Callbacks:Senders", InFlight.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Klikoo:Callbacks:DrainTimeout", "00:00:00.100"));
        await using var emulator = factory.WithWebHostBuilder(host => host.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(failures)));
        using var client = emulator.CreateClient();
        var log = emulator.Services.GetRequiredService<CallbackLog>();
        var pending = new Dictionary<string, int>();
        var wrong = new List<string>();
        var watch = Stopwatch.StartNew();

        for (var next = 0; (next < Reports || pending.Count > 0) && wrong.Count < 10; )
        {
            while (next < Reports && pending.Count < InFlight)
            {
                var refId = $"g-{next}";
                pending[refId] = next++;
                await client.GetStringAsync(PartnerClients.Buy("generated", refId));
            }

            // The log keeps the last 1000 attempts; at most InFlight arrive between two looks.
            foreach (var attempt in log.Snapshot().Where(a => pending.ContainsKey(a.RefId)))
            {
                var behaviour = behaviours[pending[attempt.RefId]];
                pending.Remove(attempt.RefId);
                if (attempt.Delivered != behaviour.ExpectedDelivered || (attempt.StatusCode != behaviour.ExpectedStatus && !(behaviour.StatusMayBeLost && attempt.StatusCode is null)))
                {
                    wrong.Add($"{attempt.RefId} [{behaviour}]: recorded status {attempt.StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}, delivered {attempt.Delivered}, error '{attempt.Error}'");
                }
            }

            if (watch.Elapsed > TimeSpan.FromSeconds(60))
            {
                wrong.Add($"no attempt recorded within 60 s for {string.Join(", ", pending.Select(p => $"{p.Key} [{behaviours[p.Value]}]").Take(5))}");
                break;
            }

            await Task.Delay(5);
        }

        wrong.Should().BeEmpty();
        log.Snapshot().Where(a => a.RefId.StartsWith("g-", StringComparison.Ordinal)).GroupBy(a => a.RefId).Should().OnlyContain(g => g.Count() == 1, "one attempt per report");
        failures.Logged.Should().BeEmpty("no exception may escape a sender");
    }

    private sealed class LogFailures : ILoggerProvider, ILogger
    {
        public ConcurrentQueue<string> Logged { get; } = new();

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                Logged.Enqueue($"{logLevel} {formatter(state, exception)} {exception}");
            }
        }

        public void Dispose()
        {
        }
    }
}
