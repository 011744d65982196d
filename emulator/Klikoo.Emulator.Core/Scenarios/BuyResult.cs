namespace Klikoo.Emulator.Scenarios;

/// <summary>How a buy ends (docs/klikoo-interface.md#decisions): at once, after <see cref="BuyOutcome.PendingFor"/>, or never.</summary>
public enum BuyResult
{
    /// <summary>SUCCESS with an SN; the client is charged.</summary>
    Success,

    /// <summary>FAILED with a reason; nothing is charged.</summary>
    Failed,

    /// <summary>INPROGRESS for ever (until an admin resolves it).</summary>
    Pending,
}
