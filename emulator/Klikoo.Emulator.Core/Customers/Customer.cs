namespace Klikoo.Emulator.Customers;

/// <summary>Who a destination belongs to, as an inquiry shows it.</summary>
/// <param name="Destination">The <c>to</c> value.</param>
/// <param name="Name">The account name before the family's display rule (masking, Dana prefix) is applied.</param>
/// <param name="PowerCapacity">PLN tariff and power, e.g. <c>R1/2200VA</c>.</param>
/// <param name="InquiryFailure">When set, inquiries for this destination fail with this reason (the docs/klikoo-interface.md#inquiry-replies Err:5110 sample).</param>
public sealed record Customer(string Destination, string? Name, string? PowerCapacity, string? InquiryFailure);
