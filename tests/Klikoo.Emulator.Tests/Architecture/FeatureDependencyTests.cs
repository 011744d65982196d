using FluentAssertions.Execution;

namespace Klikoo.Emulator.Tests.Architecture;

/// <summary>
/// How the features of the emulator's core use each other, read from the compiled assembly (<see cref="FeatureGraph"/>).
/// The two interfaces are adapters of the order core: nothing in the core uses them, and neither uses the other, so a
/// request goes adapter, order core, store and back. The features still caught in cycles are listed: a feature
/// that joins one fails, and one that leaves must be taken off the list, so the list only shrinks.
/// </summary>
public sealed class FeatureDependencyTests
{
    private const string Host = "";

    // Features in a cycle today, to be broken up: Admin's health and reset read the stores while every feature uses
    // Admin's group; Customers and Products name each other; the stores name the core's Order and the core calls the
    // stores; Scenarios match an Order.
    private static readonly string[] StillInCycles =
        ["Admin", "Callbacks", "Clock", "Customers", "Fixtures", "Orders", "Products", "Scenarios", "Transactions"];

    private static readonly Dictionary<string, SortedSet<string>> Graph = FeatureGraph.Of(typeof(Emulator.Orders.OrderService).Assembly);

    [TestCase("Irs", new[] { Host, "Welcome", "ParserCheck" })]
    [TestCase("OpenApi", new[] { Host })]
    public void Adapters_UsedByNoFeatureOfTheCore(string adapter, string[] allowed)
    {
        var users = Graph.Where(e => e.Value.Contains(adapter)).Select(e => e.Key).ToList();

        users.Should().BeSubsetOf(allowed, $"only the host (and the welcome page, which shows the routes, and the parser check, which writes its lines) may name {adapter}");
    }

    [Test]
    public void Adapters_DoNotUseEachOther()
    {
        using var scope = new AssertionScope();
        Graph["Irs"].Should().NotContain("OpenApi");
        Graph["OpenApi"].Should().NotContain("Irs");
        Graph["Orders"].Should().NotContain(["Irs", "OpenApi"], "the order core knows neither wire format");
        Graph["Transactions"].Should().NotContain(["Irs", "OpenApi"], "the stores know neither interface");
    }

    [Test]
    public void Cycles_OnlyAmongTheFeaturesStillListed()
    {
        var inCycles = FeatureGraph.Cycles(Graph).SelectMany(c => c).Order(StringComparer.Ordinal).ToList();

        using var scope = new AssertionScope();
        inCycles.Should().BeSubsetOf(StillInCycles, "a feature that joins a cycle must not: {0}", Describe());
        StillInCycles.Should().BeSubsetOf(inCycles, "a feature that left every cycle comes off the list");
    }

    [Test]
    public void Graph_SeesTheUsesCodeMakes()
    {
        // A use only in a method body (a call), and one only in a signature: both count.
        Graph["Irs"].Should().Contain("Orders");
        Graph["OpenApi"].Should().Contain("Orders");
        Graph["Orders"].Should().Contain("Transactions");
        FeatureGraph.Cycles(new() { ["a"] = ["b"], ["b"] = ["c"], ["c"] = ["a"], ["d"] = ["a"] })
            .Should().ContainSingle().Which.Should().Equal("a", "b", "c");
    }

    private static string Describe() =>
        string.Join("; ", Graph.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{(e.Key.Length == 0 ? "(host)" : e.Key)} -> {string.Join(", ", e.Value)}"));
}
