namespace Klikoo.Emulator.Bills;

/// <summary>Why an account has no bill to pay (docs/open-api.md#postpaid-bills).</summary>
internal enum BillRefusal
{
    /// <summary>A bill was found.</summary>
    None,

    /// <summary>The biller knows no such customer: 404xx7002.</summary>
    CustomerNotFound,

    /// <summary>Every period is paid: 404xx7002, the journal saying so.</summary>
    AlreadyPaid,

    /// <summary>The last multifinance instalment is paid at the branch: 404xx7012.</summary>
    LastInstalment,
}
