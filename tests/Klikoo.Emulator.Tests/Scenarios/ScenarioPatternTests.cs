using System.Net;
using Klikoo.Contracts.Lines;

namespace Klikoo.Emulator.Tests.Scenarios;

/// <summary>
/// A scenario's regular expression decides in linear time, whatever the request: a pattern that makes a
/// backtracking engine run for ever still gives one Klikoo line, on buy and on inquiry.
/// </summary>
public sealed class ScenarioPatternTests
{
    private const string Rules = """
        scenarios:
          - name: ref ids of a and aa
            priority: 1
            match: { product: OVO10, refId: { pattern: "^(a|aa)+$" } }
            buy: { result: failed, reason: only a }
          - name: faulty ref ids of a and aa
            priority: 1
            match: { product: GOPAY10, refId: { pattern: "^(a|aa)+$" } }
            fault: { on: inquiry, status: 503 }
        """;

    // 63 a's then a c: a backtracking engine tries every split of the a's before giving up.
    private static readonly string Hostile = new string('a', 63) + "c";
    private static readonly string Matching = new('a', 64);

    [Test]
    public async Task Buy_RefIdThatMakesThePatternBacktrack_OneLineAndTheDefaultOutcome()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus(("patterns.yaml", Rules));
        await using var factory = EmulatorFactory.On(fixtures);
        using var client = factory.CreateClient();

        using var hostile = await client.GetAsync($"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234567890", Hostile)}");
        using var matching = await client.GetAsync($"/v1/irs/buy?{IrsQuery.Buy("OVO10", "081234567890", Matching)}");

        SuccessLine.Parse(await hostile.ShouldBeKlikooLineAsync()).RefId.Should().Be(Hostile);
        FailedLine.Parse(await matching.ShouldBeKlikooLineAsync()).Reason.Should().Be("only a");
        (await client.GetAsync($"/__admin/transactions/{Hostile}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task Inquiry_FaultRuleWhosePatternWouldBacktrack_OneLineWithoutTheFault()
    {
        using var fixtures = TemporaryFixtures.ShippedPlus(("patterns.yaml", Rules));
        await using var factory = EmulatorFactory.On(fixtures);
        using var client = factory.CreateClient();

        using var hostile = await client.GetAsync($"/v1/irs/inquiry?{IrsQuery.Sample("GOPAY10", "081000000001", refId: Hostile)}");
        using var matching = await client.GetAsync($"/v1/irs/inquiry?{IrsQuery.Sample("GOPAY10", "081000000001", refId: Matching)}");

        (await hostile.ShouldBeKlikooLineAsync()).Should().StartWith("R#GOPAY10. PRICE: 10100.");
        matching.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, "the fault applies where the pattern matches");
    }
}
