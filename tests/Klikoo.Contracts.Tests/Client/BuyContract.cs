using FluentAssertions.Execution;
using Klikoo.Contracts.Client;
using Klikoo.Contracts.Lines;
using Klikoo.Tests.Infrastructure;

namespace Klikoo.Contracts.Tests.Client;

/// <summary>One set of assertions about Klikoo's transaction reports (docs/klikoo-interface.md#transaction-reports), run against every server kind.</summary>
public abstract class BuyContract
{
    protected abstract IKlikooServer StartServer(DocumentedSample sample);

    private static IEnumerable<TestCaseData> Cases() =>
        from sample in DocumentedSample.Buys
        where sample.Reproducible
        from style in new[] { KlikooRequestStyle.Get, KlikooRequestStyle.PostQuery }
        select new TestCaseData(sample, style).SetArgDisplayNames(sample.Name, style.ToString());

    [TestCaseSource(nameof(Cases))]
    public async Task Buy_DocumentedRequest_ClientReadsTheDocumentedReport(DocumentedSample sample, KlikooRequestStyle style)
    {
        await using var server = StartServer(sample);
        using var http = server.CreateHttpClient();
        var client = ClientFor.Create(http, style);

        var result = await client.BuyAsync(ClientFor.Buy(sample.Query));

        using (new AssertionScope())
        {
            result.RawLine.Should().Be(sample.Line);
            result.Line.Timestamp.Should().Be(sample.At);
            AssertFields(sample.Name, result);
        }
    }

    // Expected fields written out independently of the lines, so a codec bug cannot hide in both.
    protected static void AssertFields(string sample, TransactionResult result)
    {
        switch (sample)
        {
            case "MXD17 SUCCESS":
                result.Status.Should().Be(TransactionStatus.Success);
                result.Success.Should().BeEquivalentTo(new { RefId = "359912451", ProductCode = "MXD17", Destination = "48429495", SerialNumber = "4779928", TransactionId = "5a8ae07d-c01c-48c1-b38a-20a1f7ea0200", Balance = new BalanceChange(97_411_793, 18_800, 97_392_993) });
                break;
            case "PLN50 SUCCESS":
                result.IsFinal.Should().BeTrue();
                result.Success.Should().BeEquivalentTo(new { RefId = "13574661", Destination = "14444941364", SerialNumber = "2514-1798-8056-2280-2824/HASMALINDA/R1M/900VA/33.7", TransactionId = "20356853", Balance = new BalanceChange(13_608_663, 50_102, 13_558_561) });
                break;
            case "DNOPEN INPROGRESS":
                result.IsFinal.Should().BeFalse();
                result.InProgress.Should().BeEquivalentTo(new { RefId = "00f7ade1-68df-4d58-a7c9-297ec86e6632", ProductCode = "DNOPEN", Destination = "081111111111", TransactionId = "14430673" });
                break;
            case "DNOPEN rejected":
                result.IsRejected.Should().BeTrue();
                result.Status.Should().Be(TransactionStatus.Failed);
                result.TransactionId.Should().BeNull();
                result.Reason.Should().Be("Amount must be in numbers only");
                break;
            default:
                result.Failed.Should().BeEquivalentTo(new { RefId = "204900199", Reason = "FR_NOT_SELECTED", Balance = new BalanceChange(31_515_657, 0, 31_473_857) });
                result.Failed!.Balance.IsConsistent.Should().BeFalse("Klikoo's documented FAILED sample does not add up");
                break;
        }
    }
}

[TestFixture]
public sealed class DocumentedBuyContractTests : BuyContract
{
    protected override IKlikooServer StartServer(DocumentedSample sample) =>
        new DocumentedWireMockServer("buy", DocumentedSample.Buys.Select(s => (s.Query, s.Line)));

    [Test]
    public async Task Buy_DocumentedFailedSample_ReadAsWrittenArithmeticIncluded()
    {
        var sample = DocumentedSample.Buys.Single(s => !s.Reproducible);
        await using var server = StartServer(sample);
        using var http = server.CreateHttpClient();

        var result = await ClientFor.Create(http).BuyAsync(ClientFor.Buy(sample.Query));

        result.RawLine.Should().Be(sample.Line);
        AssertFields(sample.Name, result);
    }
}

[TestFixture]
public sealed class EmulatorBuyContractTests : BuyContract
{
    protected override IKlikooServer StartServer(DocumentedSample sample) => new EmulatorServer(sample.At);

    [Test]
    public async Task BuyThenCheckStatus_InProgressThenSuccess_OneTransaction()
    {
        var sample = DocumentedSample.Buys.Single(s => s.Name == "DNOPEN INPROGRESS");
        await using var factory = new EmulatorFactory(sample.At);
        using var http = factory.CreateClient();
        var client = ClientFor.Create(http);
        var buy = ClientFor.Buy(sample.Query);

        var accepted = await client.BuyAsync(buy);
        var early = await client.CheckStatusAsync(buy);
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var final = await client.CheckStatusAsync(buy);

        using (new AssertionScope())
        {
            accepted.RawLine.Should().Be(sample.Line);
            early.Status.Should().Be(TransactionStatus.InProgress);
            final.Status.Should().Be(TransactionStatus.Success);
            final.IsFinal.Should().BeTrue();
            final.TransactionId.Should().Be("14430673");
            final.Success!.Balance.Should().Be(new BalanceChange(100_000_000, 20_080, 99_979_920));
        }
    }
}
