using System.Text.Json.Serialization;

namespace Klikoo.Contracts.OpenApi;

/// <summary>
/// <c>data</c> of a postpaid inquiry. Klikoo publishes no bill body: these are the fields Indonesian billers return
/// (docs/open-api.md#assumed-not-documented-by-klikoo). Amounts are rupiah strings; a kind's own fields are left out
/// for other kinds.
/// </summary>
public sealed record PostpaidBillData
{
    /// <summary>The postpaid product code.</summary>
    public string ProductCode { get; init; } = "";

    /// <summary>The account number as sent.</summary>
    public string AccountNumber { get; init; } = "";

    /// <summary>The account holder's name as the biller has it.</summary>
    public string CustomerName { get; init; } = "";

    /// <summary>The periods to pay, oldest first.</summary>
    public IReadOnlyList<PostpaidBillPeriod> Periods { get; init; } = [];

    /// <summary>The bills of every period together.</summary>
    public string BillAmount { get; init; } = "";

    /// <summary>The late fees of every period together.</summary>
    public string LateFee { get; init; } = "";

    /// <summary>The admin fee: the product's fee per period times the periods.</summary>
    public string AdminFee { get; init; } = "";

    /// <summary>What to pay: bills, late fees and admin fee; send it as the buy's <c>amount</c>.</summary>
    public string TotalAmount { get; init; } = "";

    /// <summary>Electricity: tariff and power, <c>R1/1300VA</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PowerCapacity { get; init; }

    /// <summary>Electricity: the meter readings at the start and end of the periods, <c>00012345-00012671</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? MeterReading { get; init; }

    /// <summary>Water: the service address.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Address { get; init; }

    /// <summary>Water: the due date, <c>2026-12-20</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DueDate { get; init; }

    /// <summary>BPJS: the family members the premium covers.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Members { get; init; }

    /// <summary>Multifinance: the instalment paid now.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Instalment { get; init; }

    /// <summary>Multifinance: the number of instalments in all.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Tenor { get; init; }

    /// <summary>Multifinance: what was financed.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Item { get; init; }
}
