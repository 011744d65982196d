using System.Diagnostics.CodeAnalysis;
using Klikoo.Emulator.Fixtures;
using Klikoo.Emulator.Partners;
using Klikoo.Emulator.Products;

namespace Klikoo.Emulator.Requests;

/// <summary>
/// Checks a request in SPEC B's order; the first failure wins: required fields, credentials, product,
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
        [NotNullWhen(false)] out string? reason)
    {
        validated = null;
        reason = request.Problem ?? MissingField(request);
        if (reason is not null)
        {
            return false;
        }

        if (!TryAuthenticate(request, catalog, out var account))
        {
            reason = IrsReasons.Credentials;
            return false;
        }

        if (!catalog.TryGetProduct(request.ProductCode, out var product))
        {
            reason = IrsReasons.ProductNotFound;
            return false;
        }

        reason = CheckAmount(request.Amount, product, out var amount) ?? CheckSellingPrice(request.SellingPrice);
        if (reason is not null)
        {
            return false;
        }

        if (!product.Destination.Matches(request.To))
        {
            reason = IrsReasons.WrongDestination;
            return false;
        }

        if (!IsRefId(request.RefId))
        {
            reason = IrsReasons.RefIdInvalid;
            return false;
        }

        validated = new ValidatedRequest(account, product, request.To!, request.RefId!, amount);
        return true;
    }

    private static string? MissingField(IrsRequest request) =>
        string.IsNullOrEmpty(request.ClientId) ? IrsReasons.FieldEmpty(IrsFields.ClientId)
        : string.IsNullOrEmpty(request.ClientSecret) ? IrsReasons.FieldEmpty(IrsFields.ClientSecret)
        : string.IsNullOrEmpty(request.Idrs) ? IrsReasons.FieldEmpty(IrsFields.Idrs)
        : string.IsNullOrEmpty(request.Pin) ? IrsReasons.FieldEmpty(IrsFields.Pin)
        : string.IsNullOrEmpty(request.ProductCode) ? IrsReasons.FieldEmpty(IrsFields.ProductCode)
        : string.IsNullOrEmpty(request.RefId) ? IrsReasons.FieldEmpty(IrsFields.RefId)
        : string.IsNullOrEmpty(request.To) ? IrsReasons.FieldEmpty(IrsFields.To)
        : null;

    private static bool TryAuthenticate(IrsRequest request, FixtureCatalog catalog, [NotNullWhen(true)] out PartnerAccount? account) =>
        catalog.TryGetClient(request.ClientId, out account) &&
        Credentials.Match(request.ClientSecret, account.ClientSecret) &&
        Credentials.Match(request.Pin, account.Pin);

    private static string? CheckAmount(string? text, Product product, out long? amount)
    {
        amount = null;
        if (string.IsNullOrEmpty(text))
        {
            // SPEC A4: an open denomination without amount is "Amount must be in numbers only".
            return product.Open is null ? null : IrsReasons.AmountNotNumber;
        }

        // Only ASCII digits: no sign, no decimal point, no thousands separators, no other scripts' digits.
        if (text.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            return IrsReasons.AmountNotNumber;
        }

        if (text.Length > MaxAmountDigits)
        {
            return product.Open is { } tooLarge ? IrsReasons.AmountRange(tooLarge.MinAmount, tooLarge.MaxAmount) : IrsReasons.AmountTooLarge;
        }

        amount = long.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        return product.Open is { } open && !open.Allows(amount.Value) ? IrsReasons.AmountRange(open.MinAmount, open.MaxAmount) : null;
    }

    private static string? CheckSellingPrice(string? text) =>
        string.IsNullOrEmpty(text) || (text.Length <= MaxAmountDigits && !text.AsSpan().ContainsAnyExceptInRange('0', '9'))
            ? null
            : IrsReasons.SellingPriceNotNumber;

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
