namespace Klikoo.Emulator.Bills;

/// <summary>A bill's fields of its kind (docs/open-api.md#postpaid-bills); null where the kind has none.</summary>
internal sealed record BillDetails(
    string? PowerCapacity = null,
    string? MeterReading = null,
    string? Address = null,
    string? DueDate = null,
    int? Members = null,
    int? Instalment = null,
    int? Tenor = null,
    string? Item = null);
