using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using FluentAssertions.Execution;
using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Irs;
using Klikoo.Emulator.Journal;
using Klikoo.Emulator.Tests.OpenApi;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Klikoo.Emulator.Tests.State;

/// <summary>
/// One policy for Redis failing under a public route (docs/shared-state.md#when-redis-fails), on a redis-server of the
/// test's own that is killed, paused past the command timeout, out of memory, or holding a key of the wrong type: the
/// string interface answers <c>Harap hubungi admin</c>, the Open API 500 <c>5000x8601 Gagal masukan data ke redis</c>,
/// the journal says what Redis did, the log has one warning for the outage (no stack trace), inquiries still answer.
/// </summary>
[Category("Redis")]
public sealed class RedisFaultRouteTests
{
    public enum Fault
    {
        Killed,
        Paused,
        OutOfMemory,
        WrongType,
    }

    private const string Prefix = "fault:";

    [Test]
    public async Task Buys_UnderEachFault_BothInterfacesAnswerTheDocumentedFailureNamingWhatRedisDid([Values] Fault fault)
    {
        await using var server = await RedisServer.StartAsync();
        var logs = new Warnings();
        await using var factory = Start(server, logs, fault is Fault.Paused or Fault.Killed ? 300 : 3000);
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory.Inner, http);
        SuccessLine.Parse(await http.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234567890", "before")}"));
        var inquiry = $"/v1/irs/inquiry?{IrsQuery.Sample("PLN20", "01105691111")}";
        var inquiryLine = await http.GetStringAsync(inquiry);

        await InjectAsync(server, fault);
        var lines = new List<string>();
        var answers = new List<(int Status, JsonNode Body)>();
        for (var i = 0; i < 3; i++)
        {
            lines.Add(await http.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234567890", $"during-{i}")}"));
            answers.Add(await api.BuyAsync("OVO10", "081234567890", $"api-during-{i}"));
        }

        var afterInquiry = await http.GetStringAsync(inquiry);
        var health = JsonNode.Parse(await http.GetStringAsync("/__admin/health"))!["state"]!;
        var journal = factory.Services.GetRequiredService<RequestJournal>().Snapshot();
        var said = Said(fault);

        using (new AssertionScope())
        {
            lines.Should().AllSatisfy(l => RejectedLine.Parse(l).Reason.Should().Be(IrsReasons.ContactAdmin));
            answers.Should().AllSatisfy(a =>
            {
                a.Status.Should().Be(500);
                a.Body.ToJsonString().Should().Be("""{"response_code":"500028601","response_message":"Gagal masukan data ke redis","data":null}""");
            });
            journal.Where(e => e.Reply.Contains(IrsReasons.ContactAdmin, StringComparison.Ordinal) || e.Reply.Contains("500028601", StringComparison.Ordinal)).Should().HaveCount(6)
                .And.AllSatisfy(e => e.Diagnosis.Should().MatchRegex(said));
            afterInquiry.Should().Be(inquiryLine, "an inquiry does not write to Redis");
            logs.Logged.Where(l => l.Contains("Redis", StringComparison.Ordinal)).Should().ContainSingle($"one warning for the outage, not one per request: {string.Join(" | ", logs.Logged)}")
                .Which.Should().MatchRegex(said);
            logs.Logged.Should().NotContain(l => l.StartsWith("Error", StringComparison.Ordinal), "no stack trace per request");
            health["reachable"]!.GetValue<bool>().Should().Be(fault is Fault.OutOfMemory or Fault.WrongType, "reachable is whether Redis answers at all");
            health["failure"]!.GetValue<string>().Should().MatchRegex(said);
        }
    }

    /// <summary>
    /// A key of the wrong type at each key a buy touches (found by a probe buy), one after another, on both
    /// interfaces: every answer is a documented line or envelope, never "failed unexpectedly".
    /// </summary>
    [Test]
    public async Task Buy_WrongTypeAtEachKeyABuyTouches_DocumentedAnswerOnBothInterfaces()
    {
        await using var server = await RedisServer.StartAsync();
        var logs = new Warnings();
        await using var factory = Start(server, logs);
        using var http = factory.CreateClient();
        var api = await OpenApiCaller.StartAsync(factory.Inner, http);
        SuccessLine.Parse(await http.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234567890", "probe")}"));
        using var redis = await ConnectionMultiplexer.ConnectAsync(server.ConnectionString + ",allowAdmin=true");
        var keys = redis.GetServers()[0].Keys(pattern: Prefix + "*").Select(k => (string)k!).Order(StringComparer.Ordinal).ToList();
        keys.Should().NotBeEmpty();
        var database = redis.GetDatabase();
        var journal = factory.Services.GetRequiredService<RequestJournal>();
        var step = 0;

        using var scope = new AssertionScope();
        foreach (var key in keys)
        {
            foreach (var openApi in new[] { false, true })
            {
                var reference = $"step-{step++}";
                var planted = key.Replace("probe", reference, StringComparison.Ordinal);
                var kept = await database.KeyDumpAsync(planted);
                var type = await database.KeyTypeAsync(planted);
                await database.KeyDeleteAsync(planted);
                if (type == RedisType.String)
                {
                    await database.ListRightPushAsync(planted, "wrong");
                }
                else
                {
                    await database.StringSetAsync(planted, "wrong");
                }

                var what = $"{key} as {planted} ({type} replaced) on the {(openApi ? "Open API" : "string interface")}";

                if (openApi)
                {
                    var (status, body) = await api.BuyAsync("OVO10", "081234567890", reference);
                    var code = body["response_code"]!.GetValue<string>();
                    code.Should().BeOneOf(["201022001", "409026563", "500028601"], what);
                }
                else
                {
                    var line = RLine.Parse(await http.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234567890", reference)}"));
                    line.Should().NotBeNull(what);
                }

                var entries = journal.Snapshot();
                var entry = entries[^1];
                entry.Diagnosis?.Should().NotContain("unexpectedly", what);
                if (entry.Reply.Contains(IrsReasons.ContactAdmin, StringComparison.Ordinal) || entry.Reply.Contains("8601", StringComparison.Ordinal))
                {
                    entry.Diagnosis.Should().Contain("WRONGTYPE", what);
                }

                await database.KeyDeleteAsync(planted);
                if (kept is not null)
                {
                    await database.KeyRestoreAsync(planted, kept);
                }
            }
        }

        logs.Logged.Should().NotContain(l => l.StartsWith("Error", StringComparison.Ordinal), "no stack trace per request");
    }

    // A short timeout where the fault is Redis not answering, so the test does not wait 3 s per request; the default
    // where Redis answers (with an error), so a busy machine's slow scheduling is never read as a timeout instead.
    private static EmulatorFactoryWithLogs Start(RedisServer server, Warnings logs, int timeoutMs = 300) => new(new EmulatorFactory(settings: new Dictionary<string, string?>
    {
        ["Klikoo:State:Redis"] = server.ConnectionString + $",syncTimeout={timeoutMs},asyncTimeout={timeoutMs}",
        ["Klikoo:State:Prefix"] = Prefix,
    }), logs);

    private static async Task InjectAsync(RedisServer server, Fault fault)
    {
        switch (fault)
        {
            case Fault.Killed:
                await server.KillAsync();
                break;
            case Fault.Paused:
                // Every other client's commands wait 20 s, far past the 300 ms timeout: a server too slow to answer.
                await server.CommandAsync("CLIENT", "PAUSE", "20000", "ALL");
                break;
            case Fault.OutOfMemory:
                await server.CommandAsync("CONFIG", "SET", "maxmemory-policy", "noeviction");
                await server.CommandAsync("CONFIG", "SET", "maxmemory", "1");
                break;
            case Fault.WrongType:
                await server.CommandAsync("DEL", Prefix + "bal:" + IrsQuery.ClientId);
                await server.CommandAsync("RPUSH", Prefix + "bal:" + IrsQuery.ClientId, "not a balance");
                break;
        }
    }

    // What the diagnosis says Redis did. Timeouts on a paused server end in StackExchange.Redis dropping the
    // connection, so later requests of that outage say so.
    private static string Said(Fault fault) => fault switch
    {
        Fault.Killed => "has no connection",
        Fault.Paused => "did not answer within 300 ms|has no connection",
        Fault.OutOfMemory => "out of memory",
        _ => "WRONGTYPE",
    };

    /// <summary>The in-process emulator with its warnings and errors collected.</summary>
    private sealed class EmulatorFactoryWithLogs(EmulatorFactory inner, Warnings logs) : IAsyncDisposable
    {
        private readonly WebApplicationFactory<Program> _logged = inner.WithWebHostBuilder(host => host.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(logs)));

        public EmulatorFactory Inner => inner;

        public IServiceProvider Services => _logged.Services;

        public HttpClient CreateClient() => _logged.CreateClient();

        public async ValueTask DisposeAsync()
        {
            await _logged.DisposeAsync();
            await inner.DisposeAsync();
        }
    }

    private sealed class Warnings : ILoggerProvider, ILogger
    {
        private readonly ConcurrentQueue<string> _logged = new();

        public IReadOnlyList<string> Logged => [.. _logged];

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                _logged.Enqueue($"{logLevel} {formatter(state, exception)} {exception}");
            }
        }

        public void Dispose()
        {
        }
    }
}
