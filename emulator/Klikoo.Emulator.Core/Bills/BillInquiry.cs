namespace Klikoo.Emulator.Bills;

/// <summary>What a bill inquiry found: the bill, or why there is none and the words the journal gives.</summary>
internal sealed record BillInquiry(Bill? Bill, BillRefusal Refusal, string? Why = null);
