using System.Globalization;
using Klikoo.Emulator.Tests.OpenApi;

namespace Klikoo.Emulator.Tests.State;

/// <summary>
/// Two emulators in process on one redis-server and prefix, as two replicas (docs/shared-state.md): a quote made
/// through one is paid through the other, and payments of one bill racing through both charge it once.
/// </summary>
public sealed class SharedBillPaymentTests
{
    [Test]
    public async Task Pay_TwentyReferencesThroughTwoReplicas_OneCharged()
    {
        var prefix = SharedRedis.NextPrefix();
        var settings = new Dictionary<string, string?> { ["Klikoo:State:Prefix"] = prefix };
        await using var a = new EmulatorFactory(settings: settings, store: StateStore.Redis);
        await using var b = new EmulatorFactory(settings: settings, store: StateStore.Redis);
        using var httpA = a.CreateClient();
        using var httpB = b.CreateClient();
        var apiA = await OpenApiCaller.StartAsync(a, httpA);
        var apiB = await OpenApiCaller.StartAsync(b, httpB);
        var before = await OpenApiBillPaymentTests.BalanceAsync(apiB);
        var total = OpenApiBillPaymentTests.Total(await OpenApiBillPaymentTests.InquireAsync(apiA, "POSTPAIDPLN", "533512366386"));

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            OpenApiBillPaymentTests.PayAsync(i % 2 == 0 ? apiA : apiB, "POSTPAIDPLN", "533512366386", $"pay-{i}", total)));

        answers.Count(r => r.Status == 201).Should().Be(1, string.Join("\n", answers.Select(r => r.Body.ToJsonString())));
        answers.Where(r => r.Status != 201).Select(r => OpenApiBillPaymentTests.Code(r.Body)).Should().AllBe("404027002");
        (await OpenApiBillPaymentTests.BalanceAsync(apiA)).Should().Be(before - long.Parse(total, CultureInfo.InvariantCulture));
    }
}
