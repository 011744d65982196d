using Klikoo.Emulator.Irs;
using Klikoo.Emulator.Transactions;

namespace Klikoo.Emulator.Tests.Transactions;

/// <summary>the docs/klikoo-interface.md#transaction-reports transaction reports, reproduced byte for byte by the shipped scenarios under a frozen clock.</summary>
[TestFixture(StateStore.Memory)]
[TestFixture(StateStore.Redis)]
public sealed class BuyDocumentedSamplesTests(StateStore stateStore)
{

    private static IEnumerable<TestCaseData> Cases() =>
        from sample in DocumentedSample.Buys
        where sample.Reproducible
        from prefix in IrsPipeline.Prefixes
        from transport in Enum.GetValues<Inquiry.InquiryEndpointsTests.Transport>()
        select new TestCaseData(sample, prefix, transport).SetArgDisplayNames(sample.Name, prefix, transport.ToString());

    [TestCaseSource(nameof(Cases))]
    public async Task Buy_DocumentedSample_ReturnsDocumentedLineByteForByte(DocumentedSample sample, string prefix, Inquiry.InquiryEndpointsTests.Transport transport)
    {
        await using var factory = new EmulatorFactory(sample.At, store: stateStore);
        using var client = factory.CreateClient();

        using var response = await Inquiry.InquiryEndpointsTests.SendAsync(client, $"{prefix}/buy", sample.Query, transport);

        (await response.ShouldBeKlikooLineAsync()).Should().Be(sample.Line);
    }

    [Test]
    public async Task Buy_DocumentedFailedSample_SameLineWithCorrectArithmetic()
    {
        // Klikoo's sample reads "31.515.657 - 0 = 31.473.857"; nothing was deducted, so the emulator's balance stays.
        var sample = DocumentedSample.Buys.Single(s => !s.Reproducible);
        await using var factory = new EmulatorFactory(sample.At, store: stateStore);
        using var client = factory.CreateClient();

        var line = await client.GetStringAsync($"/klikoo-b2b/v1/irs/buy?{sample.Query}");

        line.Should().Be("R#204900199 MXD40. 151443938 FAILED. REASON: FR_NOT_SELECTED. TRXID: 3f613573-893a-418d-90ce-2b84778e1454. SISA SALDO: 31.515.657 - 0 = 31.515.657 @18:21:31.327611 16/02/2024&refid=204900199");
    }

    [Test]
    public async Task Buy_DocumentedSamplesInOneRun_EachStillByteForByte()
    {
        // One emulator, the clock moved from sample to sample: the pinned balances make each line independent of the others.
        var samples = DocumentedSample.Buys.Where(s => s.Reproducible).OrderBy(s => s.At).ToList();
        await using var factory = new EmulatorFactory(samples[0].At, store: stateStore);
        using var client = factory.CreateClient();
        foreach (var sample in samples)
        {
            factory.Clock.SetUtcNow(sample.At);

            // An earlier sample's pending transaction that became due resolves first: on Redis the due poller finds
            // it on its own time, and its charge must not land between this sample's pinned balance and its line.
            await Eventually.TrueAsync(async () => (await factory.Get<ITransactionStore>().DueAsync(sample.At)).Count == 0, "the due transactions resolved");
            (await client.GetStringAsync($"/v1/irs/buy?{sample.Query}")).Should().Be(sample.Line, sample.Name);
        }
    }
}
