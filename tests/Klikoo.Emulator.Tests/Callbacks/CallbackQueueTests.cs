using Klikoo.Emulator.Callbacks;

namespace Klikoo.Emulator.Tests.Callbacks;

/// <summary>Queueing a report never throws into the buy or timer that finished the transaction.</summary>
public sealed class CallbackQueueTests
{
    private static readonly DateTimeOffset T0 = new(2024, 11, 12, 9, 0, 0, TimeSpan.FromHours(7));

    [Test]
    public async Task Enqueue_TransactionFinishesWhenItsLineCannotBeWritten_NothingThrownAndTheReportRecordedAsNotSent()
    {
        await using var receiver = RawReceiver.Answering("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        using var fixtures = TemporaryFixtures.ShippedPlus(PartnerClients.Fixture(("late", PartnerClients.Template(receiver.Url))));
        await using var factory = EmulatorFactory.On(fixtures, T0);
        using var client = factory.CreateClient();

        // 9990: INPROGRESS for 30 s. At the end of year 9999 (UTC) the WIB time of its report does not exist.
        await client.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234569990", "y9999").As("late", PartnerClients.Secret, PartnerClients.Pin)}");
        var finishLate = () => factory.Clock.SetUtcNow(new DateTimeOffset(9999, 12, 31, 23, 0, 0, TimeSpan.Zero));

        finishLate.Should().NotThrow();
        factory.Get<CallbackLog>().Snapshot().Should().ContainSingle().Which.Should().BeEquivalentTo(new { RefId = "y9999", Attempt = 0, Delivered = false, StatusCode = (int?)null });
        receiver.Targets.Should().BeEmpty();
    }
}
