namespace Klikoo.Emulator.Tests.Transactions;

/// <summary>Klikoo:Transactions is validated at start-up, whichever store keeps the transactions.</summary>
public sealed class TransactionOptionsTests
{
    [TestCase("Klikoo:Transactions:Capacity", "0")]
    [TestCase("Klikoo:Transactions:RememberedRefIds", "-1")]
    [TestCase("Klikoo:Transactions:PendingCapacity", "0")]
    public async Task Start_WithAnImpossibleRetention_FailsNamingTheSection(string key, string value)
    {
        // The test host, not WebApplicationFactory: its failed start sometimes surfaces as ObjectDisposedException.
        var start = () => Testing.KlikooEmulator.StartAsync(new Testing.KlikooEmulatorOptions { Settings = { [key] = value } });

        await start.Should().ThrowAsync<Microsoft.Extensions.Options.OptionsValidationException>().WithMessage("*Klikoo:Transactions*");
    }
}
