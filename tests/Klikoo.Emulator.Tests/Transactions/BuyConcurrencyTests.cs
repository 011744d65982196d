using Klikoo.Contracts.Lines;
using Klikoo.Emulator.Transactions;

namespace Klikoo.Emulator.Tests.Transactions;

/// <summary>State is per ref_id and consistent under concurrency: one transaction per ref_id, balance arithmetic always right.</summary>
[TestFixture(StateStore.Memory)]
[TestFixture(StateStore.Redis)]
public sealed class BuyConcurrencyTests(StateStore stateStore)
{
    private const int Parallel = 1000;
    private const long Price = 10_100;

    [Test]
    public async Task Buy_ThousandParallelWithOneRefId_OneTransactionOneChargeIdenticalReplies()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus(TestClient.Fixture(1_000_000));
        await using var factory = EmulatorFactory.On(fixtures, stateStore);
        using var client = factory.CreateClient();
        var buy = $"/v1/irs/buy?{TestClient.Buy("OVO10", "081234567890", "same")}";

        var replies = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(_ => client.GetStringAsync(buy)));

        replies.Distinct().Should().ContainSingle();
        SuccessLine.Parse(replies[0]).Balance.Should().Be(new BalanceChange(1_000_000, Price, 1_000_000 - Price));
        (await factory.Get<ITransactionStore>().CountsAsync()).Count.Should().Be(1);
        SuccessLine.Parse(await client.GetStringAsync($"/v1/irs/buy?{TestClient.Buy("OVO10", "081234567890", "next")}"))
            .Balance.Before.Should().Be(1_000_000 - Price, "one charge only");
    }

    [Test]
    public async Task Buy_ThousandParallelDistinctRefIds_BalanceIsStartMinusSumOfPrices()
    {
        const long start = 20_000_000;
        using var fixtures = TemporaryFixtures.ShippedPlus(TestClient.Fixture(start));
        await using var factory = EmulatorFactory.On(fixtures, stateStore);
        using var client = factory.CreateClient();

        var replies = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(i =>
            client.GetStringAsync($"/v1/irs/buy?{TestClient.Buy("OVO10", "081234567890", $"d{i}")}")));

        var lines = replies.Select(SuccessLine.Parse).ToList();
        lines.Should().AllSatisfy(l => l.Balance.IsConsistent.Should().BeTrue());
        lines.Select(l => l.Balance.Before).Should().OnlyHaveUniqueItems("each charge starts where another ended");
        lines.Select(l => l.TransactionId).Should().OnlyHaveUniqueItems();
        lines.Min(l => l.Balance.After).Should().Be(start - (Parallel * Price));
    }

    [Test]
    public async Task Buy_MoreParallelBuysThanTheBalanceCovers_ExactlyTheAffordableOnesSucceed()
    {
        const int affordable = 300;
        using var fixtures = TemporaryFixtures.ShippedPlus(TestClient.Fixture((affordable * Price) + 99));
        await using var factory = EmulatorFactory.On(fixtures, stateStore);
        using var client = factory.CreateClient();

        var replies = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(i =>
            client.GetStringAsync($"/v1/irs/buy?{TestClient.Buy("OVO10", "081234567890", $"o{i}")}")));

        var lines = replies.Select(r => (TransactionLine)RLine.Parse(r)).ToList();
        lines.OfType<SuccessLine>().Should().HaveCount(affordable);
        lines.OfType<FailedLine>().Should().HaveCount(Parallel - affordable).And.AllSatisfy(f => f.Reason.Should().Be("Saldo tidak mencukupi"));
        lines.OfType<SuccessLine>().Min(l => l.Balance.After).Should().Be(99);
    }
}
