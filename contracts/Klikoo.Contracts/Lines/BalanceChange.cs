namespace Klikoo.Contracts.Lines;

/// <summary>
/// The <c>SISA SALDO: before - deduction = after</c> part of a final report (docs/klikoo-interface.md#transaction-reports), with Indonesian
/// thousands dots. Parsed values are kept as written: Klikoo's own FAILED sample does not add up, so
/// <see cref="IsConsistent"/> tells whether this one does.
/// </summary>
/// <param name="Before">Balance before the transaction.</param>
/// <param name="Deduction">What was charged; 0 on failure.</param>
/// <param name="After">Balance after the transaction.</param>
public readonly record struct BalanceChange(long Before, long Deduction, long After)
{
    /// <summary>Whether <c>before - deduction = after</c> holds.</summary>
    public bool IsConsistent => Before - Deduction == After;

    /// <summary>A charge of <paramref name="deduction"/> against <paramref name="before"/>.</summary>
    public static BalanceChange Charge(long before, long deduction) => new(before, deduction, before - deduction);

    /// <summary>A report that charged nothing.</summary>
    public static BalanceChange Unchanged(long balance) => new(balance, 0, balance);
}
