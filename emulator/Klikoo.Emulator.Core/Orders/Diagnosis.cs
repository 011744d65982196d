using System.Globalization;
using Klikoo.Emulator.Products;

namespace Klikoo.Emulator.Orders;

/// <summary>
/// Why a request or order was refused (one rejection type for both interfaces and the core), for the integrator
/// reading the journal; never on the wire, where Klikoo's own line or envelope stays (its <c>Kredensial tidak
/// sesuai</c> does not say which credential was wrong). A small value, the default on success, put into words only
/// when the journal keeps the request. The words name fields and show what was sent for product, destination and
/// amount, never a secret or pin, sent or expected.
/// </summary>
/// <param name="Cause">The check that failed.</param>
/// <param name="Product">The product whose rule failed, or the earlier transaction's product (ref_id used).</param>
/// <param name="Destination">The earlier transaction's destination (ref_id used).</param>
/// <param name="Amount">The earlier transaction's amount (ref_id used).</param>
/// <param name="Detail">What Redis did (shared state unavailable).</param>
internal readonly record struct Diagnosis(RejectionCause Cause, Product? Product = null, string? Destination = null, long? Amount = null, string? Detail = null)
{
    /// <summary>
    /// The diagnosis in words for the order checks and the buy (<see cref="OrderValidator"/>, <see cref="OrderService"/>),
    /// naming the fields as <paramref name="fields"/> calls them; null when the order was not refused, or refused by
    /// a check of the interface's own (its adapter puts that into words).
    /// </summary>
    public string? Describe(OrderRequest? order, OrderFields fields) => Cause switch
    {
        RejectionCause.UnknownProduct => $"product '{EchoText.Code(order?.ProductCode)}' not in the catalogue",
        RejectionCause.PostpaidProduct =>
            $"{Product?.Code} is a postpaid product: inquire it with POST transactions/inquiry-postpaid and pay it with POST products/buy on the Open API (docs/open-api.md#postpaid-bills)",
        RejectionCause.AmountMissing => $"{fields.Amount} is required for {Product?.Code} (open denomination)",
        RejectionCause.AmountNotDigits => $"{fields.Amount} must be digits only (no sign, separator or decimals)",
        RejectionCause.AmountTooLong => $"{fields.Amount} has more than 15 digits",
        RejectionCause.AmountBelowMinimum => $"{fields.Amount} below {Product?.Code} minimum {Product?.Open?.MinAmount}",
        RejectionCause.AmountAboveMaximum => $"{fields.Amount} above {Product?.Code} maximum {Product?.Open?.MaxAmount}",
        RejectionCause.SellingPriceNotDigits => $"{fields.SellingPrice} must be digits only, at most 15",
        RejectionCause.WrongDestination =>
            $"destination '{EchoText.Of(order?.Destination, DestinationRules.MaxLength * 2)}' is not a valid {ShapeOf(Product)}",
        RejectionCause.RefIdInvalid => $"{fields.Reference} must be 1 to 64 letters, digits, '-' or '_'",
        RejectionCause.RefIdUsed => $"{fields.Reference} already used for another product, destination or amount ({Earlier()})",
        RejectionCause.RefIdForgotten => $"{fields.Reference} belongs to a transaction forgotten to bound memory (Klikoo:Transactions:Capacity): send a new {fields.Reference}",
        RejectionCause.PendingFull => "too many INPROGRESS transactions (Klikoo:Transactions:PendingCapacity): this new buy would wait, so it was refused; nothing was charged",
        RejectionCause.Unexpected => "the emulator failed unexpectedly: its log has the error",
        RejectionCause.StateUnavailable => $"{Detail ?? "the shared state (Redis) failed"}: send the same {fields.Reference} again once /__admin/health shows no failure, to see what was recorded",
        _ => null,
    };

    // The product's destination rule in words.
    private static string ShapeOf(Product? product) => product is null ? "destination" : product.Destination.Describe(product.Code);

    private string Earlier() =>
        Amount is { } amount
            ? $"{Product?.Code} {amount.ToString(CultureInfo.InvariantCulture)} to {Destination}"
            : $"{Product?.Code} to {Destination}";
}
