namespace Klikoo.Emulator.Bills;

/// <summary>A bill as paying marks it: the product, the account and the newest period it covers.</summary>
internal sealed record PaidBill(string ProductCode, string Account, string Period);
