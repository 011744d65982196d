using System.Net.Http.Json;
using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Orders;
using Klikoo.Emulator.Transactions;

namespace Klikoo.Emulator.Tests.Transactions;

/// <summary>
/// A transaction's timer keeps working whatever the clock does: a wait longer than a .NET timer can take (the clock
/// was set back) is taken in steps. That nothing thrown while finishing can escape a timer is BackgroundWork's job
/// (BackgroundWorkTests); callback queueing, the one part that could throw, no longer does (CallbackQueueTests).
/// </summary>
[TestFixture(StateStore.Memory)]
[TestFixture(StateStore.Redis)]
public sealed class TransactionTimerTests(StateStore stateStore)
{
    [Test]
    public async Task Timer_WaitLongerThanATimerTakes_TakenInStepsAndFinishedWhenDue()
    {
        await using var factory = new EmulatorFactory(store: stateStore);
        using var client = factory.CreateClient();
        var buy = $"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234569990", "long-1")}";
        InProgressLine.Parse(await client.GetStringAsync(buy));
        var store = factory.Get<ITransactionStore>();
        var sixtyDays = TimeSpan.FromDays(60);

        // 9990 is due in 30 s; with the clock set back 60 days its timer fires early and must wait 60 days more.
        using var back = await client.PostAsJsonAsync("/__admin/clock/advance", new { seconds = -sixtyDays.TotalSeconds });
        back.EnsureSuccessStatusCode();
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        factory.Clock.Advance(OrderService.MaxTimerWait + TimeSpan.FromDays(1));
        var stillPending = store.All().Single().Status;
        factory.Clock.Advance(sixtyDays - OrderService.MaxTimerWait);

        stillPending.Should().Be(TransactionStatus.InProgress);

        // In memory the timer fires as the clock moves; on Redis the due poller finds it within a poll.
        await Eventually.TrueAsync(() => store.All().Single().Status != TransactionStatus.InProgress, "the transaction to finish when due");
        store.All().Single().Status.Should().Be(TransactionStatus.Success, "the timer set itself again for the rest of the wait");
    }
}
