using Klikoo.Emulator.Customers;

namespace Klikoo.Emulator.Orders;

/// <summary>What an inquiry found (<see cref="OrderService.Inquire"/>): the customer, and why it fails (null when it succeeds).</summary>
internal sealed record InquiryResult(Customer Customer, string? Failure);
