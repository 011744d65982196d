using System.Globalization;
using Klikoo.Emulator.Products;

namespace Klikoo.Emulator.Irs;

/// <summary>
/// Which check refused a request, for the integrator reading the journal; never on the wire, where Klikoo's own
/// line stays (its <c>Kredensial tidak sesuai</c> does not say which credential was wrong). A small value, the
/// default on success, put into words only when the journal keeps the request. The words name fields and show
/// what was sent for product, destination and amount, never a secret or pin, sent or expected.
/// </summary>
/// <param name="Cause">The check that failed.</param>
/// <param name="Product">The product whose rule failed, or the earlier transaction's product (ref_id used).</param>
/// <param name="Destination">The earlier transaction's destination (ref_id used).</param>
/// <param name="Amount">The earlier transaction's amount (ref_id used).</param>
/// <param name="Detail">What Redis did (shared state unavailable).</param>
internal readonly record struct Diagnosis(RejectionCause Cause, Product? Product = null, string? Destination = null, long? Amount = null, string? Detail = null)
{
    private const int ClientIdShown = 8;

    /// <summary>The diagnosis in words, or null when the request was not refused.</summary>
    public string? Describe(IrsRequest? request, string method) => Cause switch
    {
        RejectionCause.None => null,
        RejectionCause.RequestProblem => request?.Problem is { } problem ? IrsReasons.WithoutPrefix(problem) : "the request could not be read",
        RejectionCause.MethodNotAllowed => $"method {EchoText.Of(method, 10)} not supported: use GET or POST",
        RejectionCause.MissingField => $"{IrsRequestValidator.FirstMissingField(request)} is missing or empty",
        RejectionCause.UnknownClient => "unknown client_id: no such client in the fixtures' clients file",
        RejectionCause.ClientIdIsCredential => "unknown client_id: it is a client's client_secret or pin (fields swapped?)",
        RejectionCause.WrongSecret => $"client_secret does not match client {Abbreviated(request?.ClientId)}",
        RejectionCause.WrongPin => $"pin does not match client {Abbreviated(request?.ClientId)}",
        RejectionCause.WrongSecretAndPin => $"client_secret and pin do not match client {Abbreviated(request?.ClientId)}",
        RejectionCause.UnknownProduct => $"product '{EchoText.Code(request?.ProductCode)}' not in the catalogue",
        RejectionCause.AmountMissing => $"amount is required for {Product?.Code} (open denomination)",
        RejectionCause.AmountNotDigits => "amount must be digits only (no sign, separator or decimals)",
        RejectionCause.AmountTooLong => "amount has more than 15 digits",
        RejectionCause.AmountBelowMinimum => $"amount below {Product?.Code} minimum {Product?.Open?.MinAmount}",
        RejectionCause.AmountAboveMaximum => $"amount above {Product?.Code} maximum {Product?.Open?.MaxAmount}",
        RejectionCause.SellingPriceNotDigits => "selling_price must be digits only, at most 15",
        RejectionCause.WrongDestination =>
            $"destination '{EchoText.Of(request?.To, DestinationRules.MaxLength * 2)}' is not a valid {ShapeOf(Product)}",
        RejectionCause.RefIdInvalid => "ref_id must be 1 to 64 letters, digits, '-' or '_'",
        RejectionCause.RefIdUsed => $"ref_id already used for another product, destination or amount ({Earlier()})",
        RejectionCause.RefIdForgotten => "ref_id belongs to a transaction forgotten to bound memory (Klikoo:Transactions:Capacity): send a new ref_id",
        RejectionCause.PendingFull => "too many INPROGRESS transactions (Klikoo:Transactions:PendingCapacity): this new buy would wait, so it was refused; nothing was charged",
        RejectionCause.Unexpected => "the emulator failed unexpectedly: its log has the error",
        RejectionCause.StateUnavailable => $"{Detail ?? "the shared state (Redis) failed"}: send the same ref_id again once /__admin/health shows no failure, to see what was recorded",
        _ => Cause.ToString(),
    };

    // Only ever a client id the fixtures know (the request named it and it matched); shortened, as in a log line.
    private static string Abbreviated(string? clientId) =>
        clientId is { Length: > ClientIdShown + 4 } ? string.Concat(clientId.AsSpan(0, ClientIdShown), "...") : clientId ?? "";

    // The product's destination rule in words.
    private static string ShapeOf(Product? product) => product is null ? "destination" : product.Destination.Describe(product.Code);

    private string Earlier() =>
        Amount is { } amount
            ? $"{Product?.Code} {amount.ToString(CultureInfo.InvariantCulture)} to {Destination}"
            : $"{Product?.Code} to {Destination}";
}
