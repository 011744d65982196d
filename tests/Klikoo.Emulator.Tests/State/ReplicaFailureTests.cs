using System.Net;
using System.Net.Sockets;
using FluentAssertions.Execution;
using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Irs;
using Klikoo.Emulator.Tests.Callbacks;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Klikoo.Emulator.Tests.State;

/// <summary>
/// Shared state when things fail (docs/shared-state.md): a replica killed with pending buys or reports in flight,
/// Redis lost and back while the emulator runs, Redis unreachable at start-up, and a restart of everything. Real
/// emulator processes on a real redis-server; reports go to a WireMock receiver.
/// </summary>
public sealed class ReplicaFailureTests() : ReplicaSuite(appendOnly: true)
{
    private const string Partner = "partner-replicas";
    private const long PartnerDeposit = 1_000_000_000; // PartnerClients' balance
    private const int Buys = 40;

    [Test]
    public async Task PendingBuys_ReplicaThatTookThemKilledBeforeDue_OtherResolvesEachOnceAndReportsEachOnce()
    {
        using var receiver = WireMockServer.Start();
        receiver.Given(Request.Create().WithPath("/report")).RespondWith(Response.Create().WithStatusCode(200));
        using var fixtures = PartnerFixtures(receiver);
        var (a, b) = await Replicas.StartTwoAsync($"--Klikoo:Fixtures={fixtures.Path}");
        var refIds = Enumerable.Range(0, Buys).Select(i => $"pending-{i}").ToList();

        var taken = await Task.WhenAll(refIds.Select(r => a.GetStringAsync(PartnerBuy(r, "081234569990"))));
        taken.Should().AllSatisfy(line => InProgressLine.TryParse(line, out _).Should().BeTrue(line));
        await a.KillAsync();
        await b.AdvanceClockAsync(60);

        await Eventually.TrueAsync(() => ReplicaSet.Delivered(receiver).Count >= Buys, "replica B reports every buy replica A took", TimeSpan.FromSeconds(20));
        await Eventually.TrueAsync(async () => await OutboxSizeAsync() == 0, "the outbox emptied");
        var delivered = ReplicaSet.Delivered(receiver);
        var deliveredLines = ReplicaSet.DeliveredLines(receiver);
        var rechecks = await Task.WhenAll(refIds.Select(r => b.GetStringAsync(PartnerBuy(r, "081234569990"))));
        var next = SuccessLine.Parse(await b.GetStringAsync(PartnerBuy("after", "081234567890")));
        using (new AssertionScope())
        {
            delivered.Should().BeEquivalentTo(refIds, "one report per ref_id");
            deliveredLines.Should().BeEquivalentTo(rechecks, "each report is the transaction's final line");
            rechecks.Select(SuccessLine.Parse).Select(l => l.Balance.Before).Should().OnlyHaveUniqueItems("one charge each");
            next.Balance.Before.Should().Be(PartnerDeposit - (Buys * ReplicaSet.Price), "each pending buy was charged exactly once");
        }
    }

    [Test]
    public async Task Reports_ReplicaKilledWhileDelivering_OtherDeliversEachOnceAfterTheLease()
    {
        using var receiver = WireMockServer.Start();

        // Replica A's deliveries hang (and then fail): they are in flight when it is killed.
        receiver.Given(Request.Create().WithPath("/report")).RespondWith(Response.Create().WithStatusCode(503).WithDelay(TimeSpan.FromSeconds(10)));
        using var fixtures = PartnerFixtures(receiver);
        var (a, b) = await Replicas.StartTwoAsync($"--Klikoo:Fixtures={fixtures.Path}");
        var refIds = Enumerable.Range(0, Buys).Select(i => $"report-{i}").ToList();

        var lines = await Task.WhenAll(refIds.Select(r => a.GetStringAsync(PartnerBuy(r, "081234567890"))));
        (await OutboxSizeAsync()).Should().Be(Buys, "replica A keeps every report in the outbox while it delivers them");
        await a.KillAsync();
        receiver.ResetMappings();
        receiver.Given(Request.Create().WithPath("/report")).RespondWith(Response.Create().WithStatusCode(200));

        await Eventually.TrueAsync(
            () => ReplicaSet.Delivered(receiver).Count >= Buys, "replica B delivers replica A's reports once their leases run out", TimeSpan.FromSeconds(25));
        await Eventually.TrueAsync(async () => await OutboxSizeAsync() == 0, "the outbox emptied");
        using (new AssertionScope())
        {
            ReplicaSet.Delivered(receiver).Should().BeEquivalentTo(refIds, "one delivered report per ref_id");
            ReplicaSet.DeliveredLines(receiver).Should().BeEquivalentTo(lines, "each report is the buy's line");
        }
    }

    [Test]
    public async Task Buy_RedisKilledWhileRunning_HarapHubungiAdminThenWorksAgainWhenRedisReturns()
    {
        var a = await Replicas.StartAsync("replica-a");
        SuccessLine.Parse(await a.GetStringAsync(ReplicaSet.Buy("before"))).Balance.Before.Should().Be(ReplicaSet.Deposit);
        var inquiry = $"/v1/irs/inquiry?{IrsQuery.Sample("PLN20", "01105691111")}";
        var inquiryLine = await a.GetStringAsync(inquiry);

        await Replicas.Redis.KillAsync();

        using (var buy = await a.Http.GetAsync(ReplicaSet.Buy("while-away")))
        {
            buy.StatusCode.Should().Be(HttpStatusCode.OK);
            buy.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
            RejectedLine.Parse(await buy.Content.ReadAsStringAsync()).Reason.Should().Be(IrsReasons.ContactAdmin);
        }

        (await a.GetStringAsync(inquiry)).Should().Be(inquiryLine, "an inquiry does not touch Redis");
        (await a.HealthAsync()).GetProperty("state").GetProperty("reachable").GetBoolean().Should().BeFalse();

        await Replicas.Redis.RestartAsync();

        var attempt = 0;
        string? recovered = null;
        await Eventually.TrueAsync(
            async () => SuccessLine.TryParse(recovered = await a.GetStringAsync(ReplicaSet.Buy($"after-{attempt++}")), out _),
            "buys work again without restarting the emulator",
            TimeSpan.FromSeconds(20));
        SuccessLine.Parse(recovered!).Balance.Before.Should().Be(ReplicaSet.Deposit - ReplicaSet.Price, "the charge before Redis went away is kept, none made while it was away");
        (await a.HealthAsync()).GetProperty("state").GetProperty("reachable").GetBoolean().Should().BeTrue();
        (await a.TransactionCountAsync()).Should().Be(2);
    }

    [Test]
    public async Task Start_RedisUnreachable_ExitCode2AndOneLineNamingTheAddress()
    {
        var address = $"127.0.0.1:{FreePort()}";

        var run = await EmulatorProcess.RunUntilExitAsync(["--port", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture), "--redis", address]);

        var all = run.StandardOutput + run.StandardError;
        var lines = all.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        using (new AssertionScope(all))
        {
            run.ExitCode.Should().Be(2);
            lines.Should().ContainSingle().Which.Should().Contain(address).And.StartWith("Redis at ");
            all.Should().NotContain("   at ").And.NotContain("Exception");
        }
    }

    [Test]
    public async Task PendingBuy_EverythingRestarted_ResolvesOnceAfterItsDueTime()
    {
        using var receiver = WireMockServer.Start();
        receiver.Given(Request.Create().WithPath("/report")).RespondWith(Response.Create().WithStatusCode(200));
        using var fixtures = PartnerFixtures(receiver);
        var (a, b) = await Replicas.StartTwoAsync($"--Klikoo:Fixtures={fixtures.Path}");
        InProgressLine.Parse(await a.GetStringAsync(PartnerBuy("kept-pending", "081234569990")));

        await a.KillAsync();
        await b.KillAsync();
        await Replicas.Redis.RestartAsync();
        var c = await Replicas.StartAsync("replica-c", $"--Klikoo:Fixtures={fixtures.Path}");
        await c.AdvanceClockAsync(60);

        await Eventually.TrueAsync(() => ReplicaSet.Delivered(receiver).Count >= 1, "the new process resolves it by its due time and reports it");
        var next = SuccessLine.Parse(await c.GetStringAsync(PartnerBuy("after-restart", "081234567890")));
        using (new AssertionScope())
        {
            // The next buy sends a report of its own, which may arrive before this is read.
            ReplicaSet.Delivered(receiver).Where(refId => refId == "kept-pending").Should().ContainSingle("it is reported once");
            SuccessLine.Parse(ReplicaSet.DeliveredLines(receiver)[0]).Balance.Should().Be(BalanceChange.Charge(PartnerDeposit, ReplicaSet.Price));
            next.Balance.Before.Should().Be(PartnerDeposit - ReplicaSet.Price, "charged once");
            (await c.TransactionCountAsync()).Should().Be(2);
        }
    }

    private static TemporaryFixtures PartnerFixtures(WireMockServer receiver) =>
        TemporaryFixtures.ShippedPlus(PartnerClients.Fixture((Partner, PartnerClients.Template(new Uri(receiver.Url!)))));

    private static string PartnerBuy(string refId, string to) =>
        $"/v1/irs/buy?{IrsQuery.Buy("OVO10", to, refId).As(Partner, PartnerClients.Secret, PartnerClients.Pin)}";

    private async Task<long> OutboxSizeAsync() => long.Parse(await Replicas.Redis.CommandAsync("HLEN", "klikoo:callbacks:jobs") ?? "0", System.Globalization.CultureInfo.InvariantCulture);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
