using System.Net.Http.Json;
using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Transactions;

namespace Klikoo.Emulator.Tests.Transactions;

/// <summary>
/// Finishing a transaction, on a timer or in a request, never lets an exception escape: a timer's would end the
/// process, a request's would lose a charged transaction. The client's callback URL here cannot be built: its
/// template is valid, but with the report put in its host name, the URL is not.
/// </summary>
public sealed class TransactionTimerTests
{
    private const long Start = 1_000_000;
    private const long Price = 10_100;

    // Valid as a template ({message} replaced by one letter); no host name once the URL-encoded line replaces it.
    private const string UnbuildableCallback = "http://{message}/report";

    [Test]
    public async Task Timer_FinishingThrows_NothingEscapesAndTheTransactionIsFinalAndChargedOnce()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus(TestClient.Fixture(Start, UnbuildableCallback));
        await using var factory = EmulatorFactory.On(fixtures);
        using var client = factory.CreateClient();
        var buy = $"/v1/irs/buy?{TestClient.Buy("OVO10", "081234569990", "timer-1")}";
        InProgressLine.Parse(await client.GetStringAsync(buy));

        var due = () => factory.Clock.Advance(TimeSpan.FromSeconds(30));

        due.Should().NotThrow("a timer's exception would end the process");
        factory.Get<TransactionStore>().All.Single().Status.Should().Be(TransactionStatus.Success);
        SuccessLine.Parse(await client.GetStringAsync(buy)).Balance.Should().Be(new BalanceChange(Start, Price, Start - Price));
    }

    [Test]
    public async Task Buy_FinishingAtOnceThrows_SuccessLineAndOneCharge()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus(TestClient.Fixture(Start, UnbuildableCallback));
        await using var factory = EmulatorFactory.On(fixtures);
        using var client = factory.CreateClient();
        var buy = $"/v1/irs/buy?{TestClient.Buy("OVO10", "081234567890", "now-1")}";

        var first = RLine.Parse(await client.GetStringAsync(buy));
        var again = await client.GetStringAsync(buy);

        first.Should().BeOfType<SuccessLine>().Which.Balance.Should().Be(new BalanceChange(Start, Price, Start - Price));
        again.Should().Be(first.Format());
        SuccessLine.Parse(await client.GetStringAsync($"/v1/irs/buy?{TestClient.Buy("OVO10", "081234567891", "now-2")}"))
            .Balance.Before.Should().Be(Start - Price, "the first buy charged once and is the one transaction kept");
    }

    [Test]
    public async Task Timer_WaitLongerThanATimerTakes_TakenInStepsAndFinishedWhenDue()
    {
        await using var factory = new EmulatorFactory();
        using var client = factory.CreateClient();
        var sixtyDays = TimeSpan.FromDays(60);
        (await client.PostAsJsonAsync("/__admin/overrides", new { refId = "long-1", result = "success", pendingFor = (int)sixtyDays.TotalSeconds })).EnsureSuccessStatusCode();
        var buy = $"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234567890", "long-1")}";
        InProgressLine.Parse(await client.GetStringAsync(buy));
        var store = factory.Get<TransactionStore>();

        factory.Clock.Advance(BuyHandler.MaxTimerWait + TimeSpan.FromDays(1));
        var stillPending = store.All.Single().Status;
        factory.Clock.Advance(sixtyDays - BuyHandler.MaxTimerWait);

        stillPending.Should().Be(TransactionStatus.InProgress);
        store.All.Single().Status.Should().Be(TransactionStatus.Success, "the timer set itself again for the rest of the wait");
    }
}
