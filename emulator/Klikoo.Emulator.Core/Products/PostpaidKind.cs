namespace Klikoo.Emulator.Products;

/// <summary>What kind of bill a postpaid family pays (docs/fixtures.md#postpaid-bills): decides the bill's own fields.</summary>
public enum PostpaidKind
{
    /// <summary>PLN Pascabayar: tariff and power, meter readings.</summary>
    Electricity,

    /// <summary>PDAM: address and due date.</summary>
    Water,

    /// <summary>BPJS Kesehatan: members, months paid ahead (the inquiry's <c>period</c>).</summary>
    Bpjs,

    /// <summary>Internet and cable TV.</summary>
    InternetTv,

    /// <summary>Phone postpaid (landline, mobile postpaid).</summary>
    Phone,

    /// <summary>Multifinance instalments: instalment number, tenor and item.</summary>
    Multifinance,
}
