using System.Diagnostics.CodeAnalysis;
using Klikoo.Emulator.Clients;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Products;

namespace Klikoo.Emulator.Irs;

/// <summary>
/// Checks a request in the docs/klikoo-interface.md#decisions order; the first failure wins: required fields, credentials, product,
/// amount, amount range, destination shape, then the ref_id's own shape.
/// </summary>
internal static class IrsRequestValidator
{
    private const int MaxRefIdLength = 64;
    private const int MaxAmountDigits = 15;

    public static bool TryValidate(
        IrsRequest request,
        FixtureCatalog catalog,
        [NotNullWhen(true)] out ValidatedRequest? validated,
        [NotNullWhen(false)] out string? reason) =>
        TryValidate(request, catalog, out validated, out reason, out _);

    /// <summary>Validates, and on refusal also says which check failed, for the journal (<see cref="Diagnosis"/>).</summary>
    public static bool TryValidate(
        IrsRequest request,
        FixtureCatalog catalog,
        [NotNullWhen(true)] out ValidatedRequest? validated,
        [NotNullWhen(false)] out string? reason,
        out Diagnosis diagnosis)
    {
        validated = null;
        diagnosis = default;
        if (request.Problem is { } problem)
        {
            reason = problem;
            diagnosis = new(RejectionCause.RequestProblem);
            return false;
        }

        if (FirstMissingField(request) is { } missing)
        {
            reason = IrsReasons.FieldEmpty(missing);
            diagnosis = new(RejectionCause.MissingField);
            return false;
        }

        var credentials = Authenticate(request, catalog, out var account);
        if (credentials != RejectionCause.None)
        {
            reason = IrsReasons.Credentials;
            diagnosis = new(credentials);
            return false;
        }

        return TryValidateOrder(account!, request, catalog, out validated, out reason, out diagnosis);
    }

    /// <summary>
    /// The checks after the credentials, shared by both interfaces so they validate an order the same way: product,
    /// amount, amount range, selling price, destination shape, then the reference's own shape. The Open API calls it
    /// with the account its token names and the body's fields in an <see cref="IrsRequest"/>.
    /// </summary>
    public static bool TryValidateOrder(
        ClientAccount account,
        IrsRequest request,
        FixtureCatalog catalog,
        [NotNullWhen(true)] out ValidatedRequest? validated,
        [NotNullWhen(false)] out string? reason,
        out Diagnosis diagnosis)
    {
        validated = null;
        diagnosis = default;
        if (!catalog.TryGetProduct(request.ProductCode, out var product))
        {
            reason = IrsReasons.ProductNotFound;
            diagnosis = new(RejectionCause.UnknownProduct);
            return false;
        }

        var amountCause = CheckAmount(request.Amount, product, out var amount);
        if (amountCause != RejectionCause.None)
        {
            reason = amountCause switch
            {
                RejectionCause.AmountMissing or RejectionCause.AmountNotDigits => IrsReasons.AmountNotNumber,
                RejectionCause.AmountTooLong => IrsReasons.AmountTooLarge,
                _ => IrsReasons.AmountRange(product.Open!.MinAmount, product.Open.MaxAmount),
            };
            diagnosis = new(amountCause, product);
            return false;
        }

        if (!IsSellingPrice(request.SellingPrice))
        {
            reason = IrsReasons.SellingPriceNotNumber;
            diagnosis = new(RejectionCause.SellingPriceNotDigits);
            return false;
        }

        if (!product.Destination.Matches(request.To))
        {
            reason = IrsReasons.WrongDestination;
            diagnosis = new(RejectionCause.WrongDestination, product);
            return false;
        }

        if (!IsRefId(request.RefId))
        {
            reason = IrsReasons.RefIdInvalid;
            diagnosis = new(RejectionCause.RefIdInvalid);
            return false;
        }

        reason = null;
        validated = new ValidatedRequest(account, product, request.To!, request.RefId!, amount);
        return true;
    }

    /// <summary>The first required field that is missing or empty, in the docs/klikoo-interface.md#decisions order; null when all are there.</summary>
    public static string? FirstMissingField(IrsRequest? request) =>
        request is null ? IrsFields.ClientId
        : string.IsNullOrEmpty(request.ClientId) ? IrsFields.ClientId
        : string.IsNullOrEmpty(request.ClientSecret) ? IrsFields.ClientSecret
        : string.IsNullOrEmpty(request.Idrs) ? IrsFields.Idrs
        : string.IsNullOrEmpty(request.Pin) ? IrsFields.Pin
        : string.IsNullOrEmpty(request.ProductCode) ? IrsFields.ProductCode
        : string.IsNullOrEmpty(request.RefId) ? IrsFields.RefId
        : string.IsNullOrEmpty(request.To) ? IrsFields.To
        : null;

    // Both credentials are compared, so the journal can say which one was wrong (the reply never does).
    private static RejectionCause Authenticate(IrsRequest request, FixtureCatalog catalog, out ClientAccount? account)
    {
        if (!catalog.TryGetClient(request.ClientId, out var found))
        {
            account = null;
            return IsAnyCredential(request.ClientId, catalog) ? RejectionCause.ClientIdIsCredential : RejectionCause.UnknownClient;
        }

        account = found;
        var secret = Credentials.Match(request.ClientSecret, found.ClientSecret);
        var pin = Credentials.Match(request.Pin, found.Pin);
        return (secret, pin) switch
        {
            (true, true) => RejectionCause.None,
            (false, true) => RejectionCause.WrongSecret,
            (true, false) => RejectionCause.WrongPin,
            _ => RejectionCause.WrongSecretAndPin,
        };
    }

    /// <summary>Whether <paramref name="clientId"/> is some client's secret or pin (fields swapped), which the journal must not show.</summary>
    public static bool IsAnyCredential(string? clientId, FixtureCatalog catalog)
    {
        foreach (var client in catalog.Clients.Values)
        {
            if (Credentials.Match(clientId, client.ClientSecret) || Credentials.Match(clientId, client.Pin))
            {
                return true;
            }
        }

        return false;
    }

    private static RejectionCause CheckAmount(string? text, Product product, out long? amount)
    {
        amount = null;
        if (string.IsNullOrEmpty(text))
        {
            // docs/klikoo-interface.md#transaction-reports: an open denomination without amount is "Amount must be in numbers only".
            return product.Open is null ? RejectionCause.None : RejectionCause.AmountMissing;
        }

        // Only ASCII digits: no sign, no decimal point, no thousands separators, no other scripts' digits.
        if (text.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            return RejectionCause.AmountNotDigits;
        }

        if (text.Length > MaxAmountDigits)
        {
            return product.Open is null ? RejectionCause.AmountTooLong : RejectionCause.AmountAboveMaximum;
        }

        amount = long.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        return product.Open is not { } open || open.Allows(amount.Value) ? RejectionCause.None
            : amount < open.MinAmount ? RejectionCause.AmountBelowMinimum
            : RejectionCause.AmountAboveMaximum;
    }

    private static bool IsSellingPrice(string? text) =>
        string.IsNullOrEmpty(text) || (text.Length <= MaxAmountDigits && !text.AsSpan().ContainsAnyExceptInRange('0', '9'));

    private static bool IsRefId(ReadOnlySpan<char> refId)
    {
        if (refId.Length is 0 or > MaxRefIdLength)
        {
            return false;
        }

        foreach (var c in refId)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '-' and not '_')
            {
                return false;
            }
        }

        return true;
    }
}
