namespace Klikoo.Emulator.Orders;

/// <summary>
/// An order's fields as an interface received them, before any check (<see cref="OrderValidator"/>): the string
/// interface's <c>product_code</c>, <c>to</c>, <c>ref_id</c>, <c>amount</c>, <c>selling_price</c>, or the Open API
/// body's <c>product_code</c>, <c>value</c>, <c>partner_reference_id</c>, <c>amount</c>, <c>selling_price</c>.
/// </summary>
internal sealed record OrderRequest(string? ProductCode, string? Destination, string? Reference, string? Amount, string? SellingPrice);
