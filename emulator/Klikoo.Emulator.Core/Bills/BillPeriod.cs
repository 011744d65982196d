namespace Klikoo.Emulator.Bills;

/// <summary>One month of a bill: <c>2026-11</c>, its amount and its late fee (denda), in rupiah.</summary>
internal sealed record BillPeriod(string Period, long Amount, long LateFee);
