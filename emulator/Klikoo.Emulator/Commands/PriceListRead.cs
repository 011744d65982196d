namespace Klikoo.Emulator.Commands;

/// <summary>What <see cref="PriceListReader"/> found: the products, or every located error (then nothing is imported).</summary>
internal sealed record PriceListRead(IReadOnlyList<PriceListRow> Rows, IReadOnlyList<FixtureError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
