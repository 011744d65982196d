using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Transactions;

namespace Klikoo.Emulator.Tests.Transactions;

/// <summary>One transaction per (client_id, ref_id), in-progress then final on the clock, balances always right (docs/klikoo-interface.md#decisions).</summary>
[TestFixture(StateStore.Memory)]
[TestFixture(StateStore.Redis)]
public sealed class BuyStateTests(StateStore stateStore)
{
    private const long Start = 100_000;
    private static readonly DateTimeOffset T0 = new(2024, 11, 12, 9, 0, 0, TimeSpan.FromHours(7));

    [Test]
    public async Task Buy_SameRequestAgain_SameTransactionChargedOnce()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus(TestClient.Fixture(Start));
        await using var factory = EmulatorFactory.On(fixtures, stateStore, T0);
        using var client = factory.CreateClient();
        var buy = TestClient.Buy("OVO10", "081234567890", "r1");

        var first = SuccessLine.Parse(await client.GetStringAsync($"/v1/irs/buy?{buy}"));
        var again = SuccessLine.Parse(await client.GetStringAsync($"/v1/irs/buy?{buy}"));

        again.Should().Be(first);
        first.Balance.Should().Be(new BalanceChange(Start, 10_100, Start - 10_100));
        (await factory.Get<ITransactionStore>().CountsAsync()).Count.Should().Be(1);
    }

    [TestCase("product_code", "OVO20")]
    [TestCase("to", "081234567891")]
    [TestCase("amount", "20000")]
    public async Task Buy_SameRefIdOtherRequest_ReferenceNoSudahDigunakan(string field, string value)
    {
        using var fixtures = TemporaryFixtures.ShippedPlus(TestClient.Fixture(Start));
        await using var factory = EmulatorFactory.On(fixtures, stateStore, T0);
        using var client = factory.CreateClient();
        var buy = TestClient.Buy("OVO10", "081234567890", "r1", "10000");
        await client.GetStringAsync($"/v1/irs/buy?{buy}");

        var line = RejectedLine.Parse(await client.GetStringAsync($"/v1/irs/buy?{buy.With(field, value)}"));

        line.Reason.Should().Be("ReferenceNo sudah digunakan, silahkan gunakan reference_no yang lain");
        SuccessLine.Parse(await client.GetStringAsync($"/v1/irs/buy?{buy}")).Balance.After.Should().Be(Start - 10_100, "the rejected request charged nothing");
    }

    [Test]
    public async Task Buy_SameRefIdOtherClient_SeparateTransactions()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus(TestClient.Fixture(Start));
        await using var factory = EmulatorFactory.On(fixtures, stateStore, T0);
        using var client = factory.CreateClient();

        var mine = SuccessLine.Parse(await client.GetStringAsync($"/v1/irs/buy?{TestClient.Buy("OVO10", "081234567890", "shared")}"));
        var theirs = SuccessLine.Parse(await client.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy("DN10", "081234567890", "shared")}"));

        theirs.TransactionId.Should().NotBe(mine.TransactionId);
        theirs.Balance.Before.Should().Be(100_000_000, "the sample account has its own balance");
    }

    [Test]
    public async Task Buy_PendingThenSuccess_InProgressUntilDueThenChargedOnce()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus(TestClient.Fixture(Start));
        await using var factory = EmulatorFactory.On(fixtures, stateStore, T0);
        using var client = factory.CreateClient();
        var buy = $"/v1/irs/buy?{TestClient.Buy("OVO10", "081234569990", "p1")}";

        var accepted = InProgressLine.Parse(await client.GetStringAsync(buy));
        factory.Clock.Advance(TimeSpan.FromSeconds(29));
        var early = InProgressLine.Parse(await client.GetStringAsync(buy));
        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        var done = SuccessLine.Parse(await client.GetStringAsync(buy));
        var again = SuccessLine.Parse(await client.GetStringAsync(buy));

        early.TransactionId.Should().Be(accepted.TransactionId);
        done.TransactionId.Should().Be(accepted.TransactionId);
        done.Balance.Should().Be(new BalanceChange(Start, 10_100, Start - 10_100));
        again.Balance.Should().Be(done.Balance);
        done.Timestamp.Should().Be(T0.AddSeconds(30));
    }

    [Test]
    public async Task Buy_PendingDue_FinishesWithoutARecheck()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus(TestClient.Fixture(Start));
        await using var factory = EmulatorFactory.On(fixtures, stateStore, T0);
        using var client = factory.CreateClient();
        await client.GetStringAsync($"/v1/irs/buy?{TestClient.Buy("OVO10", "081234569991", "p2")}");

        factory.Clock.Advance(TimeSpan.FromSeconds(30));

        // In memory its timer fires as the clock moves; on Redis the due poller finds it within a poll.
        var store = factory.Get<ITransactionStore>();
        await Eventually.TrueAsync(() => store.All().Single().Status != TransactionStatus.InProgress, "the due transaction to finish by itself");
        var snapshot = store.All().Single().Snapshot();
        snapshot.Should().BeEquivalentTo(new { Status = TransactionStatus.Failed, Reason = "Supplier sedang gangguan", FinalAt = T0.AddSeconds(30), Balance = BalanceChange.Unchanged(Start) });
    }

    [TestCase("081234569990", 30, TransactionStatus.Success, null)]
    [TestCase("081234569991", 30, TransactionStatus.Failed, "Supplier sedang gangguan")]
    [TestCase("081234569992", 86400, TransactionStatus.InProgress, null)]
    [TestCase("081234569993", 0, TransactionStatus.Failed, "FR_NOT_SELECTED")]
    [TestCase("081234567890", 0, TransactionStatus.Success, null)]
    public async Task Buy_MagicDestination_EndsAsDocumented(string to, int seconds, TransactionStatus status, string? reason)
    {
        using var fixtures = TemporaryFixtures.ShippedPlus(TestClient.Fixture(Start));
        await using var factory = EmulatorFactory.On(fixtures, stateStore, T0);
        using var client = factory.CreateClient();
        var buy = $"/v1/irs/buy?{TestClient.Buy("GOPAY10", to, "m1")}";
        await client.GetStringAsync(buy);

        factory.Clock.Advance(TimeSpan.FromSeconds(seconds));
        var line = (TransactionLine)RLine.Parse(await client.GetStringAsync(buy));

        line.Status.Should().Be(status);
        if (status == TransactionStatus.Failed)
        {
            line.Should().BeOfType<FailedLine>().Which.Reason.Should().Be(reason);
        }
    }

    [Test]
    public async Task Buy_BalanceTooLow_FailsAndChargesNothing()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus(TestClient.Fixture(15_000));
        await using var factory = EmulatorFactory.On(fixtures, stateStore, T0);
        using var client = factory.CreateClient();

        var first = SuccessLine.Parse(await client.GetStringAsync($"/v1/irs/buy?{TestClient.Buy("OVO10", "081234567890", "b1")}"));
        var second = FailedLine.Parse(await client.GetStringAsync($"/v1/irs/buy?{TestClient.Buy("OVO10", "081234567890", "b2")}"));

        first.Balance.Should().Be(new BalanceChange(15_000, 10_100, 4_900));
        second.Should().BeEquivalentTo(new { Reason = "Saldo tidak mencukupi", Balance = BalanceChange.Unchanged(4_900) });
    }

    [Test]
    public async Task Buy_PendingWhenBalanceRunsOut_FailsAtTheDueTime()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus(TestClient.Fixture(15_000));
        await using var factory = EmulatorFactory.On(fixtures, stateStore, T0);
        using var client = factory.CreateClient();
        var pending = $"/v1/irs/buy?{TestClient.Buy("OVO10", "081234569990", "late")}";
        await client.GetStringAsync(pending);
        await client.GetStringAsync($"/v1/irs/buy?{TestClient.Buy("OVO10", "081234567890", "now")}");

        factory.Clock.Advance(TimeSpan.FromSeconds(30));

        FailedLine.Parse(await client.GetStringAsync(pending)).Should().BeEquivalentTo(new { Reason = "Saldo tidak mencukupi", Balance = BalanceChange.Unchanged(4_900) });
    }

    [Test]
    public async Task Buy_OpenDenomination_ChargesAmountPlusFee()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus(TestClient.Fixture(Start));
        await using var factory = EmulatorFactory.On(fixtures, stateStore, T0);
        using var client = factory.CreateClient();

        var line = SuccessLine.Parse(await client.GetStringAsync($"/v1/irs/buy?{TestClient.Buy("DNOPEN", "081234567890", "o1", "25000")}"));

        line.Balance.Should().Be(new BalanceChange(Start, 25_080, Start - 25_080));
    }

    [Test]
    public async Task Buy_TransactionIds_CounterThenUuidWhenConfigured()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus(TestClient.Fixture(Start));
        await using var counter = EmulatorFactory.On(fixtures, stateStore, T0);
        await using var uuid = EmulatorFactory.On(fixtures, stateStore, T0, ("Klikoo:Transactions:Ids", "Uuid"));
        using var counterClient = counter.CreateClient();
        using var uuidClient = uuid.CreateClient();

        var numbered = SuccessLine.Parse(await counterClient.GetStringAsync($"/v1/irs/buy?{TestClient.Buy("OVO10", "081234567890", "i1")}"));
        var first = SuccessLine.Parse(await uuidClient.GetStringAsync($"/v1/irs/buy?{TestClient.Buy("OVO10", "081234567890", "i1")}"));

        numbered.TransactionId.Should().Be("10000001");
        Guid.TryParse(first.TransactionId, out _).Should().BeTrue();
        await using var uuidAgain = EmulatorFactory.On(fixtures, stateStore, T0, ("Klikoo:Transactions:Ids", "Uuid"));
        using var againClient = uuidAgain.CreateClient();
        SuccessLine.Parse(await againClient.GetStringAsync($"/v1/irs/buy?{TestClient.Buy("OVO10", "081234567890", "i1")}")).TransactionId
            .Should().Be(first.TransactionId, "UUIDs come from the seed, not from Guid.NewGuid");
    }

    [Test]
    public async Task Buy_PlnToken_ShapedLikeKlikoos()
    {
        await using var factory = new EmulatorFactory(T0, store: stateStore);
        using var client = factory.CreateClient();

        var line = SuccessLine.Parse(await client.GetStringAsync($"/v1/irs/buy?{IrsQuery.Buy("PLN100", "01105691111", "pln1")}"));

        line.SerialNumber.Should().MatchRegex(@"^\d{4}-\d{4}-\d{4}-\d{4}-\d{4}/BAHARRUDIN1/R1/2200VA/69\.2$");
    }
}
