namespace Klikoo.Emulator.Tests.Architecture;

public sealed class FeatureDependencyTests
{
    [Test]
    public void Print()
    {
        var graph = FeatureGraph.Of(typeof(Klikoo.Emulator.Transactions.ITransactionStore).Assembly);
        foreach (var (from, to) in graph.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            TestContext.Out.WriteLine($"{from} -> {string.Join(", ", to)}");
        }

        foreach (var cycle in FeatureGraph.Cycles(graph))
        {
            TestContext.Out.WriteLine("cycle: " + string.Join(" ", cycle));
        }
    }
}
