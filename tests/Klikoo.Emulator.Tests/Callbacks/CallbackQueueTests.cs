using Klikoo.Emulator.Callbacks;

namespace Klikoo.Emulator.Tests.Callbacks;

/// <summary>Reports wait in one bounded queue per receiver: a dead receiver fills only its own, and drops are recorded.</summary>
public sealed class CallbackQueueTests
{
    private static readonly DateTimeOffset T0 = new(2024, 11, 12, 9, 0, 0, TimeSpan.FromHours(7));

    [Test]
    public async Task Enqueue_DeadReceiversQueueFull_OldestOfItsReportsDroppedAndRecorded()
    {
        await using var dead = new RawReceiver((x, token) => x.HoldAsync(token));
        using var fixtures = TemporaryFixtures.ShippedPlus(PartnerClients.Fixture(("dead", PartnerClients.Template(dead.Url))));
        await using var factory = EmulatorFactory.On(
            fixtures, T0, ("Klikoo:Callbacks:Senders", "1"), ("Klikoo:Callbacks:QueueCapacityPerReceiver", "2"), ("Klikoo:Callbacks:AttemptTimeout", "00:00:30"), ("Klikoo:Callbacks:DrainTimeout", "00:00:00.100"));
        using var client = factory.CreateClient();

        await client.GetStringAsync(PartnerClients.Buy("dead", "d0"));
        await Eventually.TrueAsync(() => dead.Targets.Count == 1, "the first report to be on its way");
        for (var i = 1; i <= 4; i++)
        {
            await client.GetStringAsync(PartnerClients.Buy("dead", $"d{i}"));
        }

        // d0 is being sent, d3 and d4 wait; d1 and d2 made room for them.
        factory.Get<CallbackLog>().Snapshot().Select(a => (a.RefId, a.Attempt, a.Delivered)).Should().Equal(("d1", 0, false), ("d2", 0, false));
        factory.Get<CallbackLog>().Snapshot().Should().AllSatisfy(a => a.Error.Should().Contain("Klikoo:Callbacks:QueueCapacityPerReceiver"));
    }

    [Test]
    public async Task Enqueue_AllRoomTakenByADeadReceiver_AnotherPartnersReportStillQueuedAndDelivered()
    {
        await using var dead = new RawReceiver((x, token) => x.HoldAsync(token));
        await using var healthy = RawReceiver.Answering("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n");
        using var fixtures = TemporaryFixtures.ShippedPlus(PartnerClients.Fixture(("dead", PartnerClients.Template(dead.Url)), ("healthy", PartnerClients.Template(healthy.Url))));
        await using var factory = EmulatorFactory.On(
            fixtures, T0, ("Klikoo:Callbacks:Senders", "1"), ("Klikoo:Callbacks:QueueCapacity", "3"), ("Klikoo:Callbacks:AttemptTimeout", "00:00:30"), ("Klikoo:Callbacks:DrainTimeout", "00:00:00.100"));
        using var client = factory.CreateClient();

        await client.GetStringAsync(PartnerClients.Buy("dead", "d0"));
        await Eventually.TrueAsync(() => dead.Targets.Count == 1, "the first report to be on its way");
        for (var i = 1; i <= 4; i++)
        {
            await client.GetStringAsync(PartnerClients.Buy("dead", $"d{i}"));
        }

        await client.GetStringAsync(PartnerClients.Buy("healthy", "h1"));

        await Eventually.TrueAsync(() => factory.Get<CallbackLog>().Snapshot().Any(a => a.RefId == "h1" && a.Delivered), "the healthy partner's report");
        factory.Get<CallbackLog>().Snapshot().Where(a => a.ClientId == "dead").Select(a => a.RefId).Should().Equal("d1", "d2");
        factory.Get<CallbackLog>().Snapshot().Where(a => a.ClientId == "dead").Should().AllSatisfy(a => a.Error.Should().EndWith("(Klikoo:Callbacks:QueueCapacity)"));
    }

    [Test]
    public async Task Enqueue_TransactionFinishingAtTheEndOfTime_NothingThrownAndTheReportSent()
    {
        await using var receiver = RawReceiver.Answering("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        using var fixtures = TemporaryFixtures.ShippedPlus(PartnerClients.Fixture(("late", PartnerClients.Template(receiver.Url))));
        await using var factory = EmulatorFactory.On(fixtures, T0);
        using var client = factory.CreateClient();

        // 9990: INPROGRESS for 30 s. At the end of year 9999 (UTC) the WIB time of its report once overflowed, and
        // the exception escaped the timer; the emulator's clock now stops short of that, so the report is written.
        await client.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234569990", "y9999").As("late", PartnerClients.Secret, PartnerClients.Pin)}");
        var finishLate = () => factory.Clock.SetUtcNow(new DateTimeOffset(9999, 12, 31, 23, 0, 0, TimeSpan.Zero));

        finishLate.Should().NotThrow();
        await Eventually.TrueAsync(() => factory.Get<CallbackLog>().Snapshot().Any(a => a.RefId == "y9999" && a.Delivered), "the report to be delivered");
        receiver.Targets.Should().ContainSingle();
    }
}
