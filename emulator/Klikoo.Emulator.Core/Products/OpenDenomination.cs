namespace Klikoo.Emulator.Products;

/// <summary>An open-denomination product (DNOPEN): the partner names the amount and pays amount + fee.</summary>
public sealed record OpenDenomination(long Fee, long MinAmount, long MaxAmount)
{
    public bool Allows(long amount) => amount >= MinAmount && amount <= MaxAmount;
}
