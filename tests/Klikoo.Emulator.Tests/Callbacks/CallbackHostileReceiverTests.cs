using System.Diagnostics;
using Klikoo.Emulator.Callbacks;

namespace Klikoo.Emulator.Tests.Callbacks;

/// <summary>
/// Partners whose receivers misbehave in every way at once (never answer, trickle, stream a gigabyte or an endless
/// body, redirect to an internal URL, fail, reset) while another partner's receiver is healthy: the healthy partner
/// still gets its report at once, no redirect is followed, nothing a receiver sends is buffered, and every attempt
/// is recorded with the right outcome.
/// </summary>
public sealed class CallbackHostileReceiverTests
{
    private const int ReportsEach = 8;
    private const long OneGigabyte = 1L << 30;
    private const long MemoryBudget = 100L * 1024 * 1024;

    private readonly Dictionary<string, RawReceiver> _receivers = [];
    private RawReceiver _internal = null!;
    private TemporaryFixtures _fixtures = null!;
    private EmulatorFactory _factory = null!;
    private Exception? _healthyLate;
    private long _baseline;
    private long _peak;

    [OneTimeSetUp]
    public async Task RunTheHostileAfternoon()
    {
        _internal = RawReceiver.Answering("HTTP/1.1 200 OK\r\nContent-Length: 6\r\nConnection: close\r\n\r\nsecret");
        _receivers["huge"] = new RawReceiver(async (x, token) =>
        {
            await x.SendAsync($"HTTP/1.1 200 OK\r\nContent-Length: {OneGigabyte}\r\nConnection: close\r\n\r\n", token);
            await x.SendFillerAsync(OneGigabyte, token);
        });
        _receivers["endless"] = new RawReceiver(async (x, token) =>
        {
            await x.SendAsync("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n", token);
            while (true)
            {
                await x.SendAsync("10000\r\n", token);
                await x.SendFillerAsync(0x10000, token);
                await x.SendAsync("\r\n", token);
            }
        });
        _receivers["redirect"] = RawReceiver.Answering($"HTTP/1.1 302 Found\r\nLocation: {_internal.Url}internal/admin\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        _receivers["error"] = RawReceiver.Answering("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 5\r\nConnection: close\r\n\r\noops!");
        _receivers["reset"] = new RawReceiver((x, _) =>
        {
            x.Reset();
            return Task.CompletedTask;
        });
        _receivers["never"] = new RawReceiver((x, token) => x.HoldAsync(token));
        _receivers["trickle"] = new RawReceiver(async (x, token) =>
        {
            await x.SendAsync("HTTP/1.1 200 OK\r\nContent-Length: 1000000\r\nConnection: close\r\n\r\n", token);
            while (true)
            {
                await x.SendAsync("x", token);
                await Task.Delay(TimeSpan.FromSeconds(1), token);
            }
        });
        _receivers["healthy"] = RawReceiver.Answering("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nOK");

        _fixtures = TemporaryFixtures.ShippedPlus(PartnerClients.Fixture([.. _receivers.Select(r => (r.Key, PartnerClients.Template(r.Value.Url)))]));
        _factory = EmulatorFactory.On(
            _fixtures, null, ("Klikoo:Callbacks:Attempts", "3"), ("Klikoo:Callbacks:RetryDelay", "00:00:00.100"), ("Klikoo:Callbacks:AttemptTimeout", "00:00:02"), ("Klikoo:Callbacks:DrainTimeout", "00:00:00.200"));
        using var client = _factory.CreateClient();

        // Warm up the pipeline and the callback path, then take the baseline.
        await client.GetStringAsync(PartnerClients.Buy("healthy", "warm-up"));
        await Eventually.TrueAsync(() => _receivers["healthy"].Targets.Count == 1, "the warm-up report");
        GC.Collect();
        GC.WaitForPendingFinalizers();
        _baseline = CurrentMemory();
        _peak = _baseline;
        using var sampling = new CancellationTokenSource();
        var sampler = SampleMemoryAsync(sampling.Token);

        foreach (var kind in _receivers.Keys.Where(k => k != "healthy"))
        {
            for (var i = 0; i < ReportsEach; i++)
            {
                await client.GetStringAsync(PartnerClients.Buy(kind, $"{kind}-{i}"));
            }
        }

        await client.GetStringAsync(PartnerClients.Buy("healthy", "healthy-1"));
        try
        {
            // A generous budget: a report to a healthy local receiver takes milliseconds.
            await Eventually.TrueAsync(() => _receivers["healthy"].Targets.Count == 2, "the healthy partner's report", TimeSpan.FromSeconds(1));
        }
        catch (TimeoutException late)
        {
            _healthyLate = late;
        }

        // Every hostile receiver has had its first report tried to the end (a deadline is 2 s); the tests say which did not.
        try
        {
            await Eventually.TrueAsync(
                () => _receivers.Keys.Where(k => k != "healthy").All(k => Attempts(k).Any()),
                "an attempt recorded for every hostile receiver",
                TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException)
        {
            // Each test below checks its own receiver's attempts.
        }

        await sampling.CancelAsync();
        await sampler;
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _factory.DisposeAsync();
        _fixtures.Dispose();
        foreach (var receiver in _receivers.Values)
        {
            await receiver.DisposeAsync();
        }

        await _internal.DisposeAsync();
    }

    [Test]
    public void Deliver_EveryOtherReceiverHostile_HealthyPartnersReportStillArrivesAtOnce()
    {
        _healthyLate.Should().BeNull("one partner's receiver must not delay another's reports");
        Attempts("healthy").Should().Contain(a => a.RefId == "healthy-1" && a.Delivered && a.Attempt == 1);
    }

    [Test]
    public void Deliver_HostileReceiversStreamGigabytes_MemoryStaysWithinBudget()
    {
        TestContext.Out.WriteLine($"working set {_baseline / 1048576} MB before, {_peak / 1048576} MB at most; the receivers sent {(_receivers["huge"].BytesSent + _receivers["endless"].BytesSent) / 1024} KiB of bodies");
        (_peak - _baseline).Should().BeLessThan(MemoryBudget, $"the process grew from {_baseline / 1048576} MB to {_peak / 1048576} MB");
        // Per connection the receiver offers a gigabyte; the emulator reads 64 KiB and closes, the rest of what was
        // sent is what the kernel's socket buffers took before the close.
        foreach (var kind in new[] { "huge", "endless" })
        {
            (_receivers[kind].BytesSent / _receivers[kind].Targets.Count).Should().BeLessThan(OneGigabyte / 16, $"the {kind} body is read up to a small cap, then the connection closed");
        }
    }

    [TestCase("huge")]
    [TestCase("endless")]
    public void Deliver_2xxWithAHugeBody_DeliveredOnceTheCapIsRead(string kind)
    {
        Attempts(kind).Should().Contain(a => a.Attempt == 1 && a.StatusCode == 200 && a.Delivered);
    }

    [Test]
    public void Deliver_RedirectToAnInternalUrl_NotFollowedAndRecordedAsFailed()
    {
        _internal.Targets.Should().BeEmpty("a redirect must not make the emulator fetch another URL");
        Attempts("redirect").Should().NotBeEmpty().And.AllSatisfy(a => a.Should().BeEquivalentTo(new { StatusCode = (int?)302, Delivered = false }));
    }

    [Test]
    public void Deliver_TricklingReceiver_AttemptEndsAtTheDeadlineUndelivered()
    {
        Attempts("trickle").Should().NotBeEmpty().And.AllSatisfy(a => a.Delivered.Should().BeFalse());
        Attempts("trickle").Should().AllSatisfy(a => a.Error.Should().Contain("2 s"));
    }

    [Test]
    public void Deliver_ReceiverNeverAnswers_AttemptEndsAtTheDeadlineUndelivered()
    {
        Attempts("never").Should().NotBeEmpty().And.AllSatisfy(a => a.Should().BeEquivalentTo(new { StatusCode = (int?)null, Delivered = false }));
        Attempts("never").Should().AllSatisfy(a => a.Error.Should().Contain("2 s"));
    }

    [TestCase("error", 500)]
    [TestCase("reset", null)]
    public void Deliver_FailingReceiver_RecordedUndeliveredWithItsStatus(string kind, int? status)
    {
        Attempts(kind).Should().NotBeEmpty().And.AllSatisfy(a => a.Should().BeEquivalentTo(new { StatusCode = status, Delivered = false }));
        Attempts(kind).Should().AllSatisfy(a => a.Error.Should().NotBeNullOrEmpty());
    }

    [Test]
    public async Task Deliver_AfterTheHostileAfternoon_EmulatorStillServesAndDelivers()
    {
        using var client = _factory.CreateClient();

        await client.GetStringAsync(PartnerClients.Buy("healthy", "healthy-2"));

        await Eventually.TrueAsync(() => Attempts("healthy").Any(a => a.RefId == "healthy-2" && a.Delivered), "a later report to the healthy partner");
    }

    private IEnumerable<CallbackAttempt> Attempts(string clientId) => _factory.Get<CallbackLog>().Snapshot().Where(a => a.ClientId == clientId);

    private async Task SampleMemoryAsync(CancellationToken token)
    {
        while (!token.IsCancellationRequested)
        {
            _peak = Math.Max(_peak, CurrentMemory());
            await Task.Delay(20, CancellationToken.None);
        }
    }

    private static long CurrentMemory()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }
}
